package io.gantry.itests.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine's JVM dies by SIGKILL after volumes were made (one by `volume create`, one by a container's create,
 * one holding data a finished container wrote) and before the container that uses them starts. On disk there is
 * no half-made volume, and the restarted engine lists exactly the whole ones, with their data, and starts the
 * container on them.
 */
@ExtendWith(RunningEngine.class)
class VolumeKillIT {
    private static final String KEPT = "compat-kept";
    private static final String MADE = "compat-made";
    private static final String BY_CREATE = "compat-by-create";

    @Test
    void aKill9BetweenVolumeCreationAndContainerStartLeavesOnlyWholeVolumesWithTheirData(GantryEngine engine)
            throws Exception {
        List<String> containers = new ArrayList<>();
        try {
            String writer = create(engine, "compat-vol-writer", "echo kept > /kept/f", KEPT + ":/kept");
            containers.add(writer);
            assertEquals(204, engine.api().post("/containers/" + writer + "/start", null).status());
            assertEquals(0, engine.api().post("/containers/" + writer + "/wait", null).json().path("StatusCode")
                    .asInt());
            assertEquals(201, engine.api().post("/volumes/create", "{\"Name\":\"" + MADE + "\"}").status());
            String reader = create(engine, "compat-vol-reader", "cat /kept/f; echo fresh > /fresh/g; ls /made",
                    KEPT + ":/kept", BY_CREATE + ":/fresh", MADE + ":/made");
            containers.add(reader);

            engine.killJvm();
            Set<String> onDisk = wholeVolumesOnDisk(engine.dataRoot().resolve("volumes"));
            assertTrue(onDisk.containsAll(Set.of(KEPT, MADE, BY_CREATE)), onDisk::toString);
            engine.restart();

            Poll.until("the restarted engine to list the whole volumes on disk " + onDisk, Duration.ofSeconds(30),
                    () -> listed(engine).equals(onDisk));
            Poll.until("the driver to clear what interrupted work left", Duration.ofSeconds(30),
                    () -> leftovers(engine.dataRoot().resolve("volumes")).isEmpty());
            assertEquals(204, engine.api().post("/containers/" + reader + "/start", null).status());
            assertEquals(0, engine.api().post("/containers/" + reader + "/wait", null).json().path("StatusCode")
                    .asInt());
            String logs = new String(engine.api().get("/containers/" + reader + "/logs?stdout=1&stderr=1").body(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(logs.contains("kept"), logs);
            assertFalse(logs.contains("No such file"), logs);
            assertEquals("fresh\n", Files.readString(Path.of(inspect(engine, BY_CREATE).path("Mountpoint").asText(),
                    "g")));
        } finally {
            for (String id : containers) {
                engine.api().delete("/containers/" + id + "?force=1&v=1");
            }
            for (String volume : List.of(KEPT, MADE, BY_CREATE)) {
                engine.api().delete("/volumes/" + volume + "?force=1");
            }
        }
        assertFalse(listed(engine).contains(KEPT), "removed at the end");
    }

    private static String create(GantryEngine engine, String name, String script, String... binds) throws Exception {
        StringBuilder list = new StringBuilder();
        for (String bind : binds) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(bind).append('"');
        }
        HttpReply created = engine.api().post("/containers/create?name=" + name, "{\"Image\":\"busybox\","
                + "\"Cmd\":[\"sh\",\"-c\",\"" + script + "\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":["
                + list + "]}}");
        assertEquals(201, created.status(), created::toString);
        return created.json().path("Id").asText();
    }

    /** The folders of the local driver that hold a whole volume: its data folder and its options file. */
    private static Set<String> wholeVolumesOnDisk(Path volumes) throws Exception {
        Set<String> whole = new TreeSet<>();
        try (Stream<Path> children = Files.list(volumes)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                boolean complete = Files.isDirectory(child.resolve("_data")) && Files.isRegularFile(
                        child.resolve("opts.json"));
                assertTrue(complete || name.startsWith("."), "a half-made volume on disk: " + child);
                if (complete) {
                    whole.add(name);
                }
            }
        }
        return whole;
    }

    private static List<Path> leftovers(Path volumes) throws Exception {
        try (Stream<Path> children = Files.list(volumes)) {
            return children.filter(c -> c.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static Set<String> listed(GantryEngine engine) throws Exception {
        Set<String> names = new TreeSet<>();
        for (JsonNode volume : engine.api().get("/volumes").json().path("Volumes")) {
            names.add(volume.path("Name").asText());
        }
        return names;
    }

    private static JsonNode inspect(GantryEngine engine, String volume) throws Exception {
        HttpReply reply = engine.api().get("/volumes/" + volume);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}

package io.gantry.itests.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile requests to every route of the Docker API: each must be refused with a 4xx answer
 * carrying a JSON message and no stack trace, must leave no container behind, and must not hurt the daemon.
 * Requests that name a container use {@link #TARGET}, a running container made for them.
 */
@ExtendWith(RunningEngine.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileRequestsIT {
    static final String TARGET = "compat-hostile-target";
    private static final Pattern JAVA_INTERNALS = Pattern.compile(
            "at io\\.gantry|\\tat |\\w+(Exception|Error)\\b|java\\.(lang|io|util)\\.|com\\.fasterxml|io\\.netty");

    private GantryEngine engine;
    private List<String> othersBefore;
    private List<String> containersBefore;

    @BeforeAll
    void startTarget(GantryEngine engine) throws IOException {
        this.engine = engine;
        othersBefore = engine.containerIds();
        HttpReply created = engine.api().post("/containers/create?name=" + TARGET, "{\"Image\":\"busybox\","
                + "\"Cmd\":[\"sh\",\"-c\",\"trap 'exit 0' TERM; while true; do sleep 1; done\"]}");
        assertEquals(201, created.status(), created::toString);
        HttpReply started = engine.api().post("/containers/" + TARGET + "/start", null);
        assertEquals(204, started.status(), started::toString);
        containersBefore = engine.containerIds();
    }

    /** Removes the target, and any container a request that should have been refused made. */
    @AfterAll
    void removeWhatTheseTestsMade() throws IOException {
        List<String> made = engine.containerIds();
        made.removeAll(othersBefore);
        for (String id : made) {
            HttpReply removed = engine.api().delete("/containers/" + id + "?force=1");
            assertEquals(204, removed.status(), removed::toString);
        }
    }

    static Stream<HostileRequest> hostileRequests() {
        return Stream.of(HostileBodies.all(), AbsurdQueries.all(), HostileTargets.all()).flatMap(List::stream);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void isRefusedWithAJsonMessage(HostileRequest request) throws IOException {
        HttpReply reply = engine.api().send(request.method(), request.target(), request.body());
        String answer = request.why() + ": " + request.method() + " " + request.target() + " "
                + request.bodyPreview() + " answered " + reply;
        assertTrue(reply.status() >= 400 && reply.status() < 500, answer);
        JsonNode message = reply.json().path("message");
        assertTrue(message.isTextual() && !message.asText().isBlank(), answer);
        assertFalse(JAVA_INTERNALS.matcher(reply.text()).find(), "Java internals leak: " + answer);
        if (request.routed()) {
            assertNotEquals("page not found", message.asText(), "the route is missing: " + answer);
        }
    }

    @Order(2)
    @Test
    void refusesAClientVersionAboveItsOwn() throws IOException {
        HttpReply reply = engine.api().get("/v1.99/info");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.json().path("message").asText().contains("client version 1.99 is too new"), reply::toString);
    }

    @Order(2)
    @Test
    void ignoresUnknownFieldsInACreate() throws IOException {
        HttpReply created = engine.api().post("/containers/create", "{\"Image\":\"busybox\",\"Cmd\":[\"true\"],"
                + "\"FavouriteColour\":\"teal\",\"HostConfig\":{\"Turbo\":true,\"Memory\":0}}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().path("Id").asText();
        HttpReply removed = engine.api().delete("/containers/" + id + "?force=1");
        assertEquals(204, removed.status(), removed::toString);
    }

    @Order(2)
    @Test
    void anArchiveUploadWritesNothingOutsideTheContainer() throws IOException {
        Path outside = Files.createTempDirectory("gantry-hostile-outside");
        Path climbed = outside.resolveSibling(outside.getFileName() + "-climbed");
        Path absolute = outside.resolveSibling(outside.getFileName() + "-absolute");
        try {
            byte[] tar = new HostileTar().file("../../../../../../../.." + climbed, "climbed")
                    .file(absolute.toString(), "absolute")
                    .symlink("evil", outside.toString()).file("evil/planted", "through the link").bytes();
            HttpReply reply = engine.api().send("PUT", "/containers/" + TARGET + "/archive?path=/tmp", tar);
            assertTrue(reply.status() == 200 || reply.status() >= 400 && reply.status() < 500, reply::toString);
            assertFalse(Files.exists(climbed), "an entry climbed out of the container to " + climbed);
            assertFalse(Files.exists(absolute), "an absolute entry landed on the host at " + absolute);
            try (Stream<Path> planted = Files.list(outside)) {
                assertEquals(List.of(), planted.toList(), "a file went through the symbolic link");
            }
        } finally {
            Files.deleteIfExists(climbed);
            Files.deleteIfExists(absolute);
            Folders.deleteTree(outside);
        }
    }

    @Order(3)
    @Test
    void stillAnswersPingAfterwards() {
        assertTrue(engine.api().answersPing(), "GET /_ping no longer answers OK");
    }

    @Order(3)
    @Test
    void refusedCreatesLeftNoContainer() throws IOException {
        assertEquals(containersBefore, engine.containerIds());
    }
}

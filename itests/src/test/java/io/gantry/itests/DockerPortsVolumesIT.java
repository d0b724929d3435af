package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.itests.DockerCli.Cli;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** An image's exposed ports and volumes, -P, -v /data and a sized --tmpfs through the docker CLI, for real. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerPortsVolumesIT extends DockerCliTestSupport {
    private static final String IMAGE = "gantry-it/web-volume:1";
    @Before
    public void loadTheImage() throws Exception {
        Path dir = Files.createTempDirectory("gt-ports-volumes");
        try {
            Cli load = docker("load", "-i", archive(dir).toString());
            assertEquals(load.output(), 0, load.exit());
        } finally {
            try (Stream<Path> tree = Files.walk(dir)) {
                tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    public void publishAllPublishesTheImagesPortAndItsVolumeHasTheImagesContent() throws Exception {
        Cli run = docker("run", "-d", "--name", "web", "-P", IMAGE, "busybox", "httpd", "-f", "-p", "80", "-h", "/etc");
        assertEquals(run.output(), 0, run.exit());
        Cli port = docker("port", "web", "80");
        Matcher mapping = Pattern.compile("(?m)^(0\\.0\\.0\\.0|127\\.0\\.0\\.1):(\\d+)$").matcher(port.output());
        assertTrue(port.output(), mapping.find());
        String url = "http://127.0.0.1:" + mapping.group(2) + "/greeting.txt";
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String[] body = new String[1];
        waitFor("httpd answers on " + url, () -> {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                body[0] = response.body();
                return response.statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        assertEquals("hello over http", body[0].trim());

        Cli seeded = docker("exec", "web", "busybox", "cat", "/srv/seed/hello");
        assertEquals(seeded.output(), "seeded by the image", seeded.output().trim());
        Cli inspect = docker("inspect", "-f", "{{.HostConfig.PublishAllPorts}} {{json .Config.ExposedPorts}}"
                + " {{json .Config.Volumes}}", "web");
        assertEquals(inspect.output(), "true {\"80/tcp\":{}} {\"/srv/seed\":{}}", inspect.output().trim());
    }

    @Test
    public void anAnonymousVolumeIsWritable() throws Exception {
        Cli run = docker("run", "--rm", "-v", "/data", "busybox", "sh", "-c", "echo x > /data/f && cat /data/f");
        assertEquals(run.output(), 0, run.exit());
        assertEquals("x", run.output().trim());
    }

    @Test
    public void aSizedTmpfsRefusesMoreThanItsSize() throws Exception {
        Cli run = docker("run", "--rm", "--tmpfs", "/t:size=1m", "busybox", "dd", "if=/dev/zero", "of=/t/f", "bs=1k",
                "count=2048");
        assertNotEquals(run.output(), 0, run.exit());
        assertTrue(run.output(), run.output().contains("No space left on device"));
    }

    /** A docker-archive of one layer (busybox, /etc/greeting.txt, /srv/seed/hello) exposing 80/tcp with VOLUME /srv/seed. */
    private static Path archive(Path dir) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.copy(Path.of("/bin/busybox"), Files.createDirectories(tree.resolve("bin")).resolve("busybox"));
        Files.writeString(Files.createDirectories(tree.resolve("etc")).resolve("greeting.txt"), "hello over http\n");
        Files.writeString(Files.createDirectories(tree.resolve("srv/seed")).resolve("hello"), "seeded by the image\n");
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Path layer = dir.resolve("layer.tar");
        SharedBaseArchive.tar(dir, "--owner=0", "--group=0", "-C", tree.toString(), "-cf", layer.toString(), "bin",
                "etc", "srv");
        String diffId = sha256(Files.readAllBytes(layer));
        Files.move(layer, Files.createDirectories(archive.resolve(diffId)).resolve("layer.tar"));
        byte[] config = ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Env\":[\"PATH=/bin\"],"
                + "\"Cmd\":[\"busybox\",\"sh\"],\"ExposedPorts\":{\"80/tcp\":{}},\"Volumes\":{\"/srv/seed\":{}}},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:" + diffId + "\"]}}")
                .getBytes(StandardCharsets.UTF_8);
        String configHex = sha256(config);
        Files.write(archive.resolve(configHex + ".json"), config);
        Files.writeString(archive.resolve("manifest.json"), "[{\"Config\":\"" + configHex + ".json\",\"RepoTags\":[\""
                + IMAGE + "\"],\"Layers\":[\"" + diffId + "/layer.tar\"]}]");
        Path tarball = dir.resolve("image.tar");
        SharedBaseArchive.tar(dir, "-C", archive.toString(), "-cf", tarball.toString(), ".");
        return tarball;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        load(DockerPortsVolumesIT::archive);
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
        return OneLayerArchive.write(dir, tree, List.of("bin", "etc", "srv"), List.of("--owner=0", "--group=0"), IMAGE,
                "{\"Env\":[\"PATH=/bin\"],\"Cmd\":[\"busybox\",\"sh\"],\"ExposedPorts\":{\"80/tcp\":{}},"
                + "\"Volumes\":{\"/srv/seed\":{}}}");
    }
}

package io.gantry.net.cni.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfDirectoryTest {
    @TempDir
    Path conf;
    @TempDir
    Path bin;
    private ConfDirectory directory;

    @BeforeEach
    void plugins() throws Exception {
        new FakePlugins(bin).succeeding("good", 2);
        directory = new ConfDirectory(conf, new FakePlugins(bin).path());
    }

    @Test
    void filesAddedChangedAndRemovedCountAtOnce() throws Exception {
        assertEquals(List.of(), List.copyOf(directory.scan().networks().keySet()));
        Files.writeString(conf.resolve("10-a.conflist"), FakePlugins.conflist("net-a", "good"));
        Files.writeString(conf.resolve("20-b.conf"), "{\"cniVersion\":\"1.0.0\",\"name\":\"net-b\",\"type\":\"good\"}");
        Files.writeString(conf.resolve("ignored.json"), FakePlugins.conflist("net-c", "good"));
        assertEquals(List.of("net-a", "net-b"), List.copyOf(directory.scan().networks().keySet()));

        Files.writeString(conf.resolve("10-a.conflist"), FakePlugins.conflist("net-renamed", "good"));
        Files.delete(conf.resolve("20-b.conf"));
        assertEquals(List.of("net-renamed"), List.copyOf(directory.scan().networks().keySet()));
    }

    @Test
    void unusableFilesAreSkippedWithTheirProblem() throws Exception {
        Files.writeString(conf.resolve("broken.conflist"), "{\"name\": ");
        Files.writeString(conf.resolve("missing.conflist"), FakePlugins.conflist("net-missing", "good", "nosuch"));
        Files.writeString(conf.resolve("a.conflist"), FakePlugins.conflist("net-twice", "good"));
        Files.writeString(conf.resolve("b.conflist"), FakePlugins.conflist("net-twice", "good"));

        ConfDirectory.Scan scan = directory.scan();
        assertEquals(List.of("net-twice"), List.copyOf(scan.networks().keySet()));
        assertEquals(conf.resolve("a.conflist"), scan.networks().get("net-twice").file());
        assertEquals(3, scan.problems().size(), scan.problems().toString());
        ConfDirectory.Problem missing = scan.problemOf("net-missing").orElseThrow();
        assertEquals(conf.resolve("missing.conflist"), missing.file());
        assertEquals("plugin binary nosuch not found in " + bin, missing.message());
        ConfDirectory.Problem broken = scan.problemOf("broken").orElseThrow();
        assertTrue(broken.message().startsWith("invalid JSON"), broken.message());
        assertTrue(scan.problems().stream().anyMatch(p -> p.message().contains("already defined by "
                + conf.resolve("a.conflist"))), scan.problems().toString());
    }

    @Test
    void aMissingFolderHasNoNetworks() {
        assertEquals(0, new ConfDirectory(conf.resolve("absent"), new FakePlugins(bin).path()).scan().networks().size());
    }
}

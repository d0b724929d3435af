package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusyboxImageTest extends ImageServiceTest {
    @Test
    void theImageRunsAShellFromAppletLinks() throws IOException {
        Image image = images.createBusybox("busybox");

        assertEquals(List.of("busybox:latest"), image.repoTags());
        assertEquals(List.of("sh"), image.config().cmd());
        assertEquals(List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
                image.config().env());
        assertEquals(1, image.layers().size());
        Map<String, TarArchiveEntry> entries;
        try (InputStream layer = images.openLayer(image.layers().get(0))) {
            entries = Tars.entries(layer);
        }
        TarArchiveEntry busybox = entries.get("bin/busybox");
        assertTrue(busybox.isFile());
        assertEquals(0755, busybox.getMode() & 07777);
        assertEquals(Files.size(Path.of(TestConfigs.HOST_BUSYBOX)), busybox.getSize());
        for (String applet : List.of("bin/sh", "bin/ls", "bin/cat", "bin/[")) {
            assertTrue(entries.get(applet).isSymbolicLink(), applet);
            assertEquals("busybox", entries.get(applet).getLinkName(), applet);
        }
        assertEquals(01777, entries.get("tmp/").getMode() & 07777);
        assertEquals(0700, entries.get("root/").getMode() & 07777);
        assertTrue(entries.keySet().containsAll(List.of("etc/", "proc/", "sys/", "dev/", "var/", "home/")));
        for (TarArchiveEntry entry : entries.values()) {
            assertEquals(0, entry.getLongUserId(), entry.getName());
            assertEquals(0, entry.getLongGroupId(), entry.getName());
            assertEquals(Instant.EPOCH, entry.getLastModifiedTime().toInstant(), entry.getName());
        }
    }

    @Test
    void passwdAndGroupKnowRootAndNobody() throws IOException {
        Image image = images.createBusybox("busybox");
        try (InputStream layer = images.openLayer(image.layers().get(0))) {
            assertEquals("root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n",
                    Tars.content(layer, "etc/passwd"));
        }
        try (InputStream layer = images.openLayer(image.layers().get(0))) {
            String group = Tars.content(layer, "etc/group");
            assertTrue(group.startsWith("root:x:0:\n") && group.contains("nogroup:x:65534:"), group);
        }
    }

    @Test
    void theSameBinaryGivesTheSameImageId(@TempDir Path otherRoot) {
        Image first = images.createBusybox("busybox");
        Image second = TestConfigs.service(otherRoot).createBusybox("other/busybox:1");
        assertEquals(first.id(), second.id());
        assertEquals(first.layers(), second.layers());
        assertEquals(Instant.EPOCH, first.created());
    }

    @Test
    void aMissingBinaryIsAFailedPreconditionThatLeavesNothing() throws IOException {
        Path missing = root.resolve("no/busybox");
        GantryImageService withoutBusybox = TestConfigs.service(root, missing.toString(), true);
        FailedPreconditionException error = assertThrows(FailedPreconditionException.class,
                () -> withoutBusybox.createBusybox("busybox"));
        assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("busybox-static"), error.getMessage());
        assertThrows(FailedPreconditionException.class, () -> withoutBusybox.resolve("busybox"));
        assertEquals(Set.of(), StoreFiles.blobs(root));
    }

    @Test
    void aDynamicallyLinkedBinaryIsRefused() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        FailedPreconditionException error = assertThrows(FailedPreconditionException.class,
                () -> TestConfigs.service(root, java, true).createBusybox("busybox"));
        assertTrue(error.getMessage().contains("dynamically linked"), error.getMessage());
    }

    @Test
    void aScriptIsNotABusybox() throws IOException {
        Path script = Files.writeString(root.resolve("busybox"), "#!/bin/sh\necho sh\n");
        script.toFile().setExecutable(true);
        FailedPreconditionException error = assertThrows(FailedPreconditionException.class,
                () -> TestConfigs.service(root, script.toString(), true).createBusybox("busybox"));
        assertTrue(error.getMessage().contains("not an ELF executable"), error.getMessage());
    }

    @Test
    void resolvingBusyboxCreatesItOnDemand() {
        Image image = images.resolve("docker.io/library/busybox");
        assertEquals(List.of("busybox:latest"), image.repoTags());
        assertEquals(List.of(image), images.list());
    }

    @Test
    void onDemandCreationCanBeSwitchedOff() {
        GantryImageService manual = TestConfigs.service(root, TestConfigs.HOST_BUSYBOX, false);
        assertThrows(NotFoundException.class, () -> manual.resolve("busybox"));
        assertThrows(NotFoundException.class, () -> images.resolve("busybox:1.36"), "only busybox:latest is made");
    }

    @Test
    void concurrentFirstResolvesCreateOneImage() throws Exception {
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<String> resolve = () -> {
                start.await();
                return images.resolve("busybox").id();
            };
            List<Future<String>> ids = IntStream.range(0, threads).mapToObj(i -> pool.submit(resolve)).toList();
            start.countDown();
            Set<String> distinct = ids.stream().map(BusyboxImageTest::get).collect(Collectors.toSet());
            assertEquals(1, distinct.size());
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertEquals(1, images.list().size());
        assertEquals(3, StoreFiles.blobs(root).size(), "one manifest, one config, one layer");
        assertEquals(List.of(), StoreFiles.tempFiles(root));
    }

    private static String get(Future<String> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

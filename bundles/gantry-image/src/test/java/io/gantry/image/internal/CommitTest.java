package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.image.HistoryEntry;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageCommit;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ImageOrigin;
import io.gantry.image.internal.content.Digests;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A commit: the parent's layers plus the written layer, the config with the changes, and Docker's origin fields. */
class CommitTest extends ImageServiceTest {
    private static final byte[] ROOTFS = Tars.tar("etc/hostname", "box\n");
    private static final byte[] CHANGES = Tars.tar("added.txt", "added\n");
    private static final ImageConfig CONTAINER = new ImageConfig(List.of("PATH=/bin", "A=1"), null,
            List.of("sh", "-c", "echo added > /added.txt"), "/", "", Map.of("k", "v"), null, List.of("80/tcp"),
            List.of(), null);

    @Test
    void aCommitKeepsTheParentsLayersAndAddsTheChangesLayer() {
        Image parent = images.importRootfs(new ByteArrayInputStream(ROOTFS), "base:1");
        Image committed = images.commit(new ImageCommit(parent.id(), "c".repeat(64), CONTAINER, null,
                List.of("CMD [\"cat\", \"/added.txt\"]", "ENV B=\"two words\"", "EXPOSE 53/udp", "WORKDIR app",
                        "LABEL x=\"y z\"", "USER nobody", "VOLUME /data"), "msg", "me", "committed:1"),
                tar -> tar.write(CHANGES));
        assertEquals(2, committed.layers().size());
        assertEquals(parent.layers().get(0), committed.layers().get(0));
        assertEquals(Digests.sha256(CHANGES), committed.layers().get(1).diffId());
        assertEquals(List.of("committed:1"), committed.repoTags());
        ImageConfig config = committed.config();
        assertEquals(List.of("cat", "/added.txt"), config.cmd());
        assertEquals(List.of("PATH=/bin", "A=1", "B=two words"), config.env());
        assertEquals(List.of("80/tcp", "53/udp"), config.exposedPorts());
        assertEquals("/app", config.workingDir());
        assertEquals(Map.of("k", "v", "x", "y z"), config.labels());
        assertEquals("nobody", config.user());
        assertEquals(List.of("/data"), config.volumes());
        ImageOrigin origin = images.resolve("committed:1").origin();
        assertEquals(new ImageOrigin(parent.id(), "msg", "me", "c".repeat(64), origin.containerConfig(), ""), origin);
        assertEquals(CONTAINER.cmd(), origin.containerConfig().cmd());
        List<HistoryEntry> history = images.history("committed:1");
        assertEquals("sh -c echo added > /added.txt", history.get(0).createdBy());
        assertEquals("msg", history.get(0).comment());
        assertEquals(CHANGES.length, history.get(0).size());
        assertEquals(2, history.size());
    }

    @Test
    void theRequestsConfigOverridesTheContainersAndEntrypointClearsAnEarlierCmd() {
        Image parent = images.importRootfs(new ByteArrayInputStream(ROOTFS), "base:1");
        ImageConfig overrides = new ImageConfig(List.of(), null, List.of("top"), "/w", null, Map.of(), null);
        Image committed = images.commit(new ImageCommit(parent.id(), "c".repeat(64), CONTAINER, overrides,
                List.of(), null, null, null), tar -> tar.write(CHANGES));
        assertEquals(List.of("top"), committed.config().cmd());
        assertEquals("/w", committed.config().workingDir());
        assertEquals(CONTAINER.env(), committed.config().env());
        assertEquals(List.of(), committed.repoTags());
        Image entrypoint = images.commit(new ImageCommit(parent.id(), "c".repeat(64), CONTAINER, null,
                List.of("ENTRYPOINT /start"), null, null, null), tar -> tar.write(CHANGES));
        assertEquals(List.of("/bin/sh", "-c", "/start"), entrypoint.config().entrypoint());
        assertNull(entrypoint.config().cmd());
        Image both = images.commit(new ImageCommit(parent.id(), "c".repeat(64), CONTAINER, null,
                List.of("CMD x", "ENTRYPOINT [\"/start\"]"), null, null, null), tar -> tar.write(CHANGES));
        assertEquals(List.of("/bin/sh", "-c", "x"), both.config().cmd());
    }

    @Test
    void invalidChangesAreRefusedInMobysWordsAndStoreNothing() {
        Image parent = images.importRootfs(new ByteArrayInputStream(ROOTFS), "base:1");
        int before = images.list().size();
        assertEquals("run is not a valid change command", assertThrows(InvalidArgumentException.class,
                () -> commit(parent, "RUN echo hi")).getMessage());
        assertEquals("from is not a valid change command", assertThrows(InvalidArgumentException.class,
                () -> commit(parent, "FROM busybox")).getMessage());
        assertEquals("USER requires exactly one argument", assertThrows(InvalidArgumentException.class,
                () -> commit(parent, "USER a b")).getMessage());
        assertTrue(assertThrows(InvalidArgumentException.class, () -> commit(parent, "ENV a=b c"))
                .getMessage().contains("can't find = in \"c\""));
        assertEquals("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", assertThrows(
                InvalidArgumentException.class, () -> commit(parent, "ONBUILD ONBUILD RUN x")).getMessage());
        assertEquals("Unknown type \"TEST\" in HEALTHCHECK (try CMD)", assertThrows(InvalidArgumentException.class,
                () -> commit(parent, "HEALTHCHECK TEST x")).getMessage());
        assertEquals(before, images.list().size());
    }

    @Test
    void aHealthcheckAndOnbuildTriggersAreStoredInTheImageConfig() {
        Image parent = images.importRootfs(new ByteArrayInputStream(ROOTFS), "base:1");
        images.commit(new ImageCommit(parent.id(), "c".repeat(64), CONTAINER, null, List.of(
                "HEALTHCHECK --interval=5s --retries=2 CMD [\"true\"]", "ONBUILD RUN echo later"), null, null,
                "checked:1"), tar -> tar.write(CHANGES));
        ImageConfig stored = images.resolve("checked:1").config();
        assertEquals(new HealthConfig(List.of("CMD", "true"), Duration.ofSeconds(5), null, null, 2),
                stored.healthcheck());
        assertEquals(List.of("RUN echo later"), stored.onBuild());
    }

    private Image commit(Image parent, String change) {
        return images.commit(new ImageCommit(parent.id(), "c".repeat(64), CONTAINER, null, List.of(change), null,
                null, "bad:1"), tar -> tar.write(CHANGES));
    }
}

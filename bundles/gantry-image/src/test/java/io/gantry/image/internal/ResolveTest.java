package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResolveTest {
    @TempDir
    Path root;
    private GantryImageService images;
    private Image app;

    @BeforeEach
    void importAnImage() {
        images = TestConfigs.service(root, TestConfigs.HOST_BUSYBOX, false);
        app = images.importRootfs(new ByteArrayInputStream(Tars.tar("app", "v1")), "myapp:1.0");
    }

    @Test
    void resolvesByNameAndTag() {
        assertEquals(app.id(), images.resolve("myapp:1.0").id());
        NotFoundException error = assertThrows(NotFoundException.class, () -> images.resolve("myapp"));
        assertEquals("no such image: myapp", error.getMessage());
    }

    @Test
    void aMissingTagMeansLatestAndDockerHubSpellingsAreTheSameName() {
        Image latest = images.importRootfs(new ByteArrayInputStream(Tars.tar("app", "v2")), "docker.io/library/myapp");
        assertEquals(List.of("myapp:latest"), latest.repoTags());
        for (String name : List.of("myapp", "myapp:latest", "library/myapp", "docker.io/library/myapp:latest",
                "index.docker.io/library/myapp")) {
            assertEquals(latest.id(), images.resolve(name).id(), name);
        }
        images.tag("myapp", "docker.io/someone/tool:2");
        assertEquals(List.of("myapp:latest", "someone/tool:2"), images.resolve("someone/tool:2").repoTags());
    }

    @Test
    void resolvesByFullIdWithOrWithoutAlgorithm() {
        assertEquals(app.id(), images.resolve(app.id()).id());
        assertEquals(app.id(), images.resolve(app.id().substring("sha256:".length())).id());
    }

    @Test
    void resolvesByUnambiguousIdPrefix() {
        String hex = app.id().substring("sha256:".length());
        assertEquals(app.id(), images.resolve(hex.substring(0, 4)).id());
        assertEquals(app.id(), images.resolve(app.shortId()).id());
        assertEquals(app.id(), images.resolve("sha256:" + hex.substring(0, 6)).id());
    }

    @Test
    void aTagNamedLikeAnIdPrefixWinsOverThePrefix() {
        Image other = images.importRootfs(new ByteArrayInputStream(Tars.tar("other", "x")), "other");
        String prefix = app.id().substring("sha256:".length(), "sha256:".length() + 8);
        images.tag("other", prefix);
        assertNotEquals(app.id(), other.id());
        assertEquals(other.id(), images.resolve(prefix).id());
        assertEquals(app.id(), images.resolve("sha256:" + prefix).id());
    }

    @Test
    void resolvesNameAtManifestDigestOnlyInItsRepository() throws IOException {
        String manifest = StoreFiles.manifestOf(root, "myapp:1.0");
        assertEquals(app.id(), images.resolve("myapp@" + manifest).id());
        assertEquals(app.id(), images.resolve("docker.io/library/myapp:ignored@" + manifest).id());
        assertThrows(NotFoundException.class, () -> images.resolve("otherapp@" + manifest));
        assertThrows(NotFoundException.class, () -> images.resolve("myapp@" + app.id()),
                "the digest after @ is the manifest's, not the image id");
    }

    @Test
    void unknownReferencesAreNotFound() {
        assertEquals("no such image: nothere", assertThrows(NotFoundException.class,
                () -> images.resolve("nothere")).getMessage());
        String absentId = "sha256:" + "0".repeat(64);
        assertEquals("no such image: " + absentId, assertThrows(NotFoundException.class,
                () -> images.resolve(absentId)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MyApp", "my app", "myapp:", "myapp:bad tag", ":1.0", "-myapp", "myapp/", "my..app",
        "myapp:-x", "myapp@sha256:1234", "myapp@md5:abcd", "sha256:xyz1", "sha256:abc", "localhost:port/app"})
    void malformedReferencesAreInvalidArguments(String reference) {
        InvalidArgumentException error = assertThrows(InvalidArgumentException.class,
                () -> images.resolve(reference));
        assertTrue(error.getMessage().contains(reference), error.getMessage());
    }

    @Test
    void anEmptyReferenceIsAnInvalidArgument() {
        assertThrows(InvalidArgumentException.class, () -> images.resolve(""));
        assertThrows(InvalidArgumentException.class, () -> images.resolve(null));
    }

    @Test
    void tagAddsANameAndRejectsDigestTargetsAndUnknownSources() {
        images.tag(app.shortId(), "registry.local:5000/team/myapp:stable");
        assertEquals(List.of("myapp:1.0", "registry.local:5000/team/myapp:stable"),
                images.resolve("registry.local:5000/team/myapp:stable").repoTags());
        assertThrows(InvalidArgumentException.class,
                () -> images.tag("myapp:1.0", "myapp@sha256:" + "a".repeat(64)));
        assertThrows(InvalidArgumentException.class, () -> images.tag("myapp:1.0", "Bad:Name"));
        assertThrows(NotFoundException.class, () -> images.tag("nothere", "myapp:2"));
    }

    @Test
    void retagMovesTheTagAndLeavesTheOldImageUntagged() {
        Image next = images.importRootfs(new ByteArrayInputStream(Tars.tar("app", "v2")), "myapp:1.0");
        assertEquals(next.id(), images.resolve("myapp:1.0").id());
        assertEquals(List.of(), images.resolve(app.id()).repoTags());
        assertEquals(2, images.list().size());
    }
}

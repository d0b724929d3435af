package io.gantry.image.internal.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceTest {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @ParameterizedTest
    @CsvSource({
        "busybox, busybox:latest",
        "busybox:1.36, busybox:1.36",
        "library/busybox, busybox:latest",
        "docker.io/library/busybox:musl, busybox:musl",
        "docker.io/busybox, busybox:latest",
        "index.docker.io/library/busybox, busybox:latest",
        "docker.io/library/team/tool, library/team/tool:latest",
        "someone/tool:V1_2.3-rc, someone/tool:V1_2.3-rc",
        "docker.io/someone/tool, someone/tool:latest",
        "localhost/tool, localhost/tool:latest",
        "localhost:5000/a/b:c, localhost:5000/a/b:c",
        "quay.io/org/app-name__x.y, quay.io/org/app-name__x.y:latest",
        "Registry.Example.com/app, Registry.Example.com/app:latest",
        "[::1]:5000/app:2, [::1]:5000/app:2",
        "a--b/c_d, a--b/c_d:latest"
    })
    void namesAreNormalizedToFamiliarForm(String text, String nameTag) {
        assertEquals(nameTag, Reference.parse(text).nameTag());
    }

    @ParameterizedTest
    @ValueSource(strings = {"busybox@", "busybox:1@"})
    void aDigestFollowsTheName(String prefix) {
        Reference reference = Reference.parse(prefix + DIGEST);
        assertEquals("busybox", reference.repository());
        assertEquals(DIGEST, reference.digest());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BusyBox | must be lowercase",
        "team/Tool | must be lowercase",
        "bad name | lowercase letters and digits",
        "busybox: | a tag is",
        "busybox:.hidden | a tag is",
        "/busybox | lowercase letters and digits",
        "a_-b | lowercase letters and digits",
        "busybox@sha256:abc | the digest",
        "busybox@SHA256:" + "ab" + " | the digest",
        "host:notaport/app | invalid registry host",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef | image id"
    })
    void malformedReferencesNameThemselvesAndTheRule(String text, String rule) {
        InvalidArgumentException error = assertThrows(InvalidArgumentException.class, () -> Reference.parse(text));
        assertTrue(error.getMessage().startsWith("invalid reference format \"" + text + "\""), error.getMessage());
        assertTrue(error.getMessage().contains(rule), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {129, 256})
    void overlongTagsAndNamesAreRejected(int length) {
        String text = length == 129 ? "app:" + "t".repeat(length) : "a".repeat(length);
        assertThrows(InvalidArgumentException.class, () -> Reference.parse(text));
    }

    @Test
    void theRepositoryOfAStoredTagIsEverythingBeforeTheLastColon() {
        assertEquals("localhost:5000/app", Reference.repositoryOf("localhost:5000/app:1"));
    }
}

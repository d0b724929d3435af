package io.gantry.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepoTagTest {
    @ParameterizedTest
    @CsvSource({
        "busybox:latest, busybox, latest",
        "library/app:1.0, library/app, 1.0",
        "localhost:5000/app:2, localhost:5000/app, 2",
        "localhost:5000/app, localhost:5000/app, <none>",
        "plain, plain, <none>",
    })
    void splitsAtTheColonAfterTheLastSlash(String repoTag, String repository, String tag) {
        assertEquals(new RepoTag(repository, tag), RepoTag.parse(repoTag));
    }
}

package io.gantry.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.ContainerConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTextTest {
    @Test
    void joinsEntrypointAndCommandInQuotes() {
        ContainerConfig config = ContainerConfig.builder("busybox")
                .entrypoint(List.of("/bin/sh", "-c")).cmd(List.of("top")).build();
        assertEquals("\"/bin/sh -c top\"", CommandText.of(config, true));
    }

    @Test
    void cutsLongCommandsToTwentyCharactersWithAnEllipsis() {
        ContainerConfig config = ContainerConfig.builder("busybox").cmd(List.of("sh", "-c", "while true; do date; done")).build();
        assertEquals("\"sh -c while true; d…\"", CommandText.of(config, true));
        assertEquals("\"sh -c while true; do date; done\"", CommandText.of(config, false));
    }

    @Test
    void escapesQuotesAndShowsNothingForImageDefaults() {
        ContainerConfig quoted = ContainerConfig.builder("busybox").cmd(List.of("echo", "\"hi\"")).build();
        assertEquals("\"echo \\\"hi\\\"\"", CommandText.of(quoted, true));
        assertEquals("\"\"", CommandText.of(ContainerConfig.builder("busybox").build(), true));
    }
}

package io.gantry.api.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.image.ImageConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command a container runs, merged with its image's as Docker's daemon merges them. */
class ImageCommandTest {
    private static final ImageConfig IMAGE = new ImageConfig(List.of(), List.of("/entry"), List.of("serve"), null,
            null, Map.of(), null);
    private static final ImageConfig CMD_ONLY = new ImageConfig(List.of(), null, List.of("redis-server"), null,
            null, Map.of(), null);

    @Test
    void noCommandOrAnEmptyOneTakesTheImages() {
        assertEquals(List.of("/entry", "serve"), command(null, null, IMAGE));
        assertEquals(List.of("/entry", "serve"), command(null, List.of(), IMAGE));
        assertEquals(List.of("redis-server"), command(null, List.of(), CMD_ONLY));
    }

    @Test
    void anOwnCmdReplacesTheImagesAndKeepsItsEntrypoint() {
        assertEquals(List.of("/entry", "debug"), command(null, List.of("debug"), IMAGE));
    }

    @Test
    void anOwnEntrypointDropsTheImagesCmd() {
        assertEquals(List.of("/bin/sh"), command(List.of("/bin/sh"), null, IMAGE));
        assertEquals(List.of("/bin/sh", "-c", "x"), command(List.of("/bin/sh"), List.of("-c", "x"), IMAGE));
    }

    @Test
    void anEmptyEntrypointResetsTheImagesAndTakesItsCmd() {
        assertEquals(List.of("serve"), command(List.of(), null, IMAGE));
        assertEquals(List.of("ls"), command(List.of(), List.of("ls"), IMAGE));
    }

    private static List<String> command(List<String> entrypoint, List<String> cmd, ImageConfig image) {
        return ContainerConfig.builder("x").entrypoint(entrypoint).cmd(cmd).build().withImageCommand(image)
                .command();
    }
}

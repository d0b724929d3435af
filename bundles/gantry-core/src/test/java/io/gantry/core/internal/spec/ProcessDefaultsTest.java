package io.gantry.core.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.image.ImageConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessDefaultsTest {
    static final ImageConfig IMAGE = new ImageConfig(List.of(), List.of("/docker-entrypoint.sh"),
            List.of("nginx", "-g", "daemon off;"), null, null, Map.of(), null);

    @Test
    void imageEntrypointAndCmd() {
        assertEquals(List.of("/docker-entrypoint.sh", "nginx", "-g", "daemon off;"), args(config()));
    }

    @Test
    void configCmdReplacesTheImageCmdOnly() {
        assertEquals(List.of("/docker-entrypoint.sh", "sh"), args(config().cmd(List.of("sh"))));
    }

    @Test
    void configEntrypointReplacesTheEntrypointAndDropsTheImageCmd() {
        assertEquals(List.of("/bin/env"), args(config().entrypoint(List.of("/bin/env"))));
        assertEquals(List.of("/bin/env", "-i"), args(config().entrypoint(List.of("/bin/env")).cmd(List.of("-i"))));
    }

    @Test
    void emptyEntrypointLeavesTheConfigCmd() {
        assertEquals(List.of("ls"), args(config().entrypoint(List.of()).cmd(List.of("ls"))));
    }

    @Test
    void noCommandAtAll() {
        InvalidArgumentException none = assertThrows(InvalidArgumentException.class,
                () -> ProcessDefaults.args(config().build(), ImageConfig.EMPTY));
        assertEquals("no command specified for image img", none.getMessage());
    }

    @Test
    void envEntriesNeedANameAndABareKeyRemoves() {
        assertThrows(InvalidArgumentException.class, () -> ProcessDefaults.checkEnv(List.of("=x")));
        ImageConfig image = new ImageConfig(List.of("A=1", "B=2"), null, List.of("sh"), null, null, Map.of(), null);
        assertEquals(Map.of("PATH", ProcessDefaults.DEFAULT_PATH, "A", "1"),
                ProcessDefaults.env(config().env(List.of("B")).build(), image));
    }

    private static ContainerConfig.Builder config() {
        return ContainerConfig.builder("img");
    }

    private static List<String> args(ContainerConfig.Builder config) {
        return ProcessDefaults.args(config.build(), IMAGE);
    }
}

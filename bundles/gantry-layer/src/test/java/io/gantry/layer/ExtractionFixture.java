package io.gantry.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.natives.Syscalls;
import io.gantry.natives.internal.LibcSyscalls;
import io.gantry.testkit.LayerTar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layer directory next to an "outside" directory holding a sentinel file, extracted into with the real
 * syscalls (as root). After each test nothing outside the layer directory may have changed.
 */
abstract class ExtractionFixture {
    static final Syscalls SYSCALLS = new LibcSyscalls();

    @TempDir
    Path base;
    Path layer;
    Path outside;
    private Map<String, String> outsideBefore;

    @BeforeEach
    void createLayerAndOutside() throws IOException {
        layer = Files.createDirectory(base.resolve("layer"));
        outside = Files.createDirectory(base.resolve("outside"));
        Files.writeString(outside.resolve("sentinel"), "untouched");
        outsideBefore = snapshot(outside);
    }

    @AfterEach
    void nothingChangedOutsideTheLayer() throws IOException {
        assertEquals(outsideBefore, snapshot(outside), "the outside directory changed");
        try (Stream<Path> siblings = Files.list(base)) {
            assertEquals(2, siblings.count(), "something was created next to the layer directory");
        }
    }

    ExtractSummary extract(LayerTar tar, Whiteouts whiteouts) {
        return new LayerExtractor(SYSCALLS).extract(tar.stream(), layer, whiteouts);
    }

    static int unix(Path path, String attribute) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:" + attribute, LinkOption.NOFOLLOW_LINKS);
    }

    private static Map<String, String> snapshot(Path directory) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.toList()) {
                String content = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? Files.readString(path) : "";
                state.put(directory.relativize(path).toString(),
                        Integer.toOctalString(unix(path, "mode")) + " " + unix(path, "uid") + " " + content);
            }
        }
        return state;
    }
}

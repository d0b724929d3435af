package io.gantry.image.internal;

import io.gantry.testkit.LayerTar;
import java.time.Instant;

/**
 * Three layers that use what a layer tar can say: directories, files, symlinks, hard links, setuid, setgid
 * and sticky modes, owners other than root, modification times, a file whiteout and an opaque directory.
 */
final class GeneratedImage {
    private static final Instant MONDAY = Instant.parse("2025-03-03T10:15:30.75Z");
    private static final Instant FRIDAY = Instant.parse("2025-03-07T18:00:01Z");

    private GeneratedImage() {
    }

    static byte[][] layers() {
        return new byte[][] {base(), changes(), opaqueCache()};
    }

    private static byte[] base() {
        return new LayerTar().modifiedAt(MONDAY)
                .directory("bin", 0755).directory("etc", 0755).directory("var", 0755).directory("var/cache", 0755)
                .file("bin/tool", "#!/bin/sh\necho tool\n", 04755)
                .hardlink("bin/tool-again", "bin/tool")
                .symlink("bin/sh", "tool")
                .symlink("etc/localtime", "/usr/share/zoneinfo/UTC")
                .file("etc/hello", "hello\n", 0644)
                .file("etc/secret", "to be deleted\n", 0600)
                .file("var/cache/a", "cached a\n", 0644)
                .file("var/cache/b", "cached b\n", 0644)
                .ownedBy(1000, 1001).directory("srv", 0750).file("srv/data", "owned data\n", 0640)
                .bytes();
    }

    private static byte[] changes() {
        return new LayerTar().modifiedAt(FRIDAY)
                .whiteout("etc", "secret")
                .ownedBy(2000, 3000).file("etc/hello", "hello again\n", 0640)
                .ownedBy(0, 0).directory("usr", 0755).directory("usr/lib", 0755)
                .file("usr/lib/libx.so", new byte[200_000], 0755)
                .hardlink("usr/lib/libx.so.1", "usr/lib/libx.so")
                .directory("opt", 01777)
                .bytes();
    }

    private static byte[] opaqueCache() {
        return new LayerTar().modifiedAt(FRIDAY.plusSeconds(3600))
                .opaque("var/cache")
                .file("var/cache/c", "fresh c\n", 0644)
                .ownedBy(1000, 50).directory("srv/shared", 02775).file("srv/shared/note", "setgid dir\n", 0664)
                .ownedBy(0, 0).whiteout("bin", "sh").directory("bin/sh", 0700)
                .bytes();
    }
}

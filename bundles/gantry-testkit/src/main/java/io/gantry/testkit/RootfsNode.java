package io.gantry.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** One directory, file or symlink of a {@link BusyboxRootfs}; can write itself to disk or into a tar. */
record RootfsNode(String path, int mode, byte[] content, Path source, String linkTarget) {

    static RootfsNode directory(String path, int mode) {
        return new RootfsNode(path, mode, null, null, null);
    }

    static RootfsNode text(String path, String content, int mode) {
        return new RootfsNode(path, mode, content.getBytes(StandardCharsets.UTF_8), null, null);
    }

    static RootfsNode copy(String path, Path source, int mode) {
        return new RootfsNode(path, mode, null, source, null);
    }

    static RootfsNode symlink(String path, String target) {
        return new RootfsNode(path, 0777, null, null, target);
    }

    void writeUnder(Path root) throws IOException {
        Path target = root.resolve(path);
        if (linkTarget != null) {
            Files.deleteIfExists(target);
            Files.createSymbolicLink(target, Path.of(linkTarget));
            return;
        }
        if (content != null) {
            Files.write(target, content);
        } else if (source != null) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.createDirectories(target);
        }
        // the unix view sets the whole mode, sticky bit included, which PosixFilePermissions cannot
        Files.setAttribute(target, "unix:mode", mode, LinkOption.NOFOLLOW_LINKS);
    }

    void addTo(LayerTar tar) {
        if (linkTarget != null) {
            tar.symlink(path, linkTarget);
        } else if (content != null) {
            tar.file(path, content, mode);
        } else if (source != null) {
            tar.file(path, readSource(), mode);
        } else {
            tar.directory(path, mode);
        }
    }

    private byte[] readSource() {
        try {
            return Files.readAllBytes(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }
}

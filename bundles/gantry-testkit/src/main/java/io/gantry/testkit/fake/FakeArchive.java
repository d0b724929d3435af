package io.gantry.testkit.fake;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.archive.ContainerArchive;
import io.gantry.api.container.archive.PathStat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The files of the containers of a {@link FakeContainers}, one file system for all. By default it is held in
 * memory, in {@link #folders} and {@link #files}, and copies out a stand-in body ("tar of /path"); with
 * {@link #rootfs} set it is that folder instead, and tars in and out are real.
 */
public final class FakeArchive implements ContainerArchive {
    /** When every path in memory was last modified. */
    public static final Instant MODIFIED = Instant.parse("2024-05-06T07:08:09Z");

    /** The folders in memory, by absolute path; the root is there from the start. */
    public final Set<String> folders = ConcurrentHashMap.newKeySet();
    /** The regular files in memory with their content, by absolute path. */
    public final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** Each copyTo: "&lt;path&gt; &lt;noOverwriteDirNonDir&gt; bytes=N sha256=HEX" of the tar it read. */
    public final List<String> copiedIn = new CopyOnWriteArrayList<>();
    /** When set, the container file system is this folder: statPath, copyFrom and copyTo act on it. */
    public volatile Path rootfs;
    /** When set, copyFrom writes these bytes whatever the path. */
    public volatile byte[] tarToServe;
    private final FakeContainers containers;

    public FakeArchive(FakeContainers containers) {
        this.containers = containers;
        folders.add("/");
    }

    /** Folders are mode 0755 and files 0644; a path that is neither is not found. */
    @Override
    public PathStat statPath(String ref, String path) {
        containers.inspect(ref);
        if (rootfs != null) {
            return RootfsTars.stat(rootfs, path);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (folders.contains(path)) {
            return new PathStat(name, 0, PathStat.S_IFDIR | 0755, MODIFIED, "");
        }
        byte[] content = files.get(path);
        if (content == null) {
            throw new NotFoundException("no such file " + path);
        }
        return new PathStat(name, content.length, 0100644, MODIFIED, "");
    }

    /** Journals "copyFrom &lt;id&gt; &lt;path&gt;". */
    @Override
    public void copyFrom(String ref, String path, OutputStream tar) {
        statPath(ref, path);
        containers.calls.add("copyFrom " + containers.inspect(ref).id() + " " + path);
        try {
            if (tarToServe != null) {
                tar.write(tarToServe);
            } else if (rootfs != null) {
                RootfsTars.write(rootfs, path, tar);
            } else {
                tar.write(("tar of " + path).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Journals "copyTo &lt;id&gt; &lt;path&gt;"; with {@link #rootfs} set it extracts, trusting the entry names. */
    @Override
    public void copyTo(String ref, String path, InputStream tar, boolean noOverwriteDirNonDir) {
        if (!statPath(ref, path).isDirectory()) {
            throw new InvalidArgumentException("extraction point is not a directory");
        }
        containers.calls.add("copyTo " + containers.inspect(ref).id() + " " + path);
        String digest;
        if (rootfs == null) {
            digest = Digests.of(tar);
        } else {
            byte[] bytes = readAll(tar);
            RootfsTars.extract(new ByteArrayInputStream(bytes), rootfs, path);
            digest = Digests.of(bytes);
        }
        copiedIn.add(path + " " + noOverwriteDirNonDir + " " + digest);
    }

    /** Journals "export &lt;id&gt;" and writes "export of &lt;name&gt;". */
    @Override
    public void export(String ref, OutputStream tar) {
        String name = containers.inspect(ref).name();
        containers.calls.add("export " + containers.inspect(ref).id());
        try {
            tar.write(("export of " + name).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

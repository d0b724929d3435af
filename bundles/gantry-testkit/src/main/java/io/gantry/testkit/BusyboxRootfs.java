package io.gantry.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal root file system around the host's static busybox: bin/busybox with a symlink per applet, the
 * usual top-level directories (tmp with mode 1777) and an /etc/passwd and /etc/group with root and nobody.
 * It can be written into a directory, or as an uncompressed layer tar.
 */
public final class BusyboxRootfs {
    public static final Path HOST_BUSYBOX = Path.of("/bin/busybox");
    private static final String PASSWD = "root:x:0:0:root:/root:/bin/sh\n"
            + "nobody:x:65534:65534:nobody:/nonexistent:/bin/false\n";
    private static final String GROUP = "root:x:0:\nnogroup:x:65534:\n";

    private final List<RootfsNode> nodes;

    private BusyboxRootfs(List<RootfsNode> nodes) {
        this.nodes = nodes;
    }

    /** Reads the applet list from the host's busybox. */
    public static BusyboxRootfs fromHost() {
        List<RootfsNode> nodes = new ArrayList<>();
        for (String directory : List.of("bin", "etc", "proc", "sys", "dev", "var")) {
            nodes.add(RootfsNode.directory(directory, 0755));
        }
        nodes.add(RootfsNode.directory("root", 0700));
        nodes.add(RootfsNode.directory("tmp", 01777));
        nodes.add(RootfsNode.copy("bin/busybox", HOST_BUSYBOX, 0755));
        for (String applet : applets()) {
            nodes.add(RootfsNode.symlink("bin/" + applet, "busybox"));
        }
        nodes.add(RootfsNode.text("etc/passwd", PASSWD, 0644));
        nodes.add(RootfsNode.text("etc/group", GROUP, 0644));
        return new BusyboxRootfs(List.copyOf(nodes));
    }

    /** Writes the file system into {@code root}, which may exist. */
    public void writeTo(Path root) {
        try {
            Files.createDirectories(root);
            for (RootfsNode node : nodes) {
                node.writeUnder(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a busybox rootfs into " + root, e);
        }
    }

    /** Writes the file system as an uncompressed tar, as a layer of an image would carry it. */
    public void writeTar(OutputStream out) {
        LayerTar tar = new LayerTar();
        for (RootfsNode node : nodes) {
            node.addTo(tar);
        }
        try {
            out.write(tar.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] tar() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTar(out);
        return out.toByteArray();
    }

    private static List<String> applets() {
        try {
            Process list = new ProcessBuilder(HOST_BUSYBOX.toString(), "--list").redirectErrorStream(true).start();
            String output;
            try (InputStream in = list.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (list.waitFor() != 0) {
                throw new IllegalStateException(HOST_BUSYBOX + " --list failed: " + output);
            }
            return output.lines().map(String::strip).filter(a -> !a.isEmpty() && !a.equals("busybox")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + HOST_BUSYBOX, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing busybox applets", e);
        }
    }
}

package io.gantry.itests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A docker-archive (docker save layout) of two images that share their base layer and differ in their top
 * one, packed with the host's tar.
 */
final class SharedBaseArchive {
    private SharedBaseArchive() {
    }

    /** Writes {@code dir/archive.tar} holding {@code first} and {@code second} (name:tag) and returns it. */
    static Path write(Path dir, String first, String second) throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        String base = layer(dir, archive, "base", "etc/base", "shared base\n");
        String topA = layer(dir, archive, "top-a", "etc/top", "first image\n");
        String topB = layer(dir, archive, "top-b", "etc/top", "second image\n");
        String configA = config(archive, base, topA);
        String configB = config(archive, base, topB);
        Files.writeString(archive.resolve("manifest.json"), "[" + entry(configA, first, base, topA) + ","
                + entry(configB, second, base, topB) + "]");
        Path tarball = dir.resolve("archive.tar");
        tar(dir, "-C", archive.toString(), "-cf", tarball.toString(), ".");
        return tarball;
    }

    /** Packs one file into {@code <diff id>/layer.tar} and returns the diff id's hex. */
    private static String layer(Path dir, Path archive, String name, String file, String content) throws Exception {
        Path tree = Files.createDirectories(dir.resolve(name));
        Files.writeString(Files.createDirectories(tree.resolve(file).getParent()).resolve(file.substring(
                file.lastIndexOf('/') + 1)), content);
        Path layerTar = dir.resolve(name + ".tar");
        tar(dir, "--owner=0", "--group=0", "-C", tree.toString(), "-cf", layerTar.toString(), "etc");
        String hex = sha256(Files.readAllBytes(layerTar));
        Files.move(layerTar, Files.createDirectories(archive.resolve(hex)).resolve("layer.tar"));
        return hex;
    }

    private static String config(Path archive, String... diffIds) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String diffId : diffIds) {
            ids.add("\"sha256:" + diffId + "\"");
        }
        byte[] json = ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Cmd\":[\"/bin/sh\"]},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[" + String.join(",", ids) + "]}}")
                .getBytes(StandardCharsets.UTF_8);
        String hex = sha256(json);
        Files.write(archive.resolve(hex + ".json"), json);
        return hex;
    }

    private static String entry(String config, String tag, String... layers) {
        List<String> paths = new ArrayList<>();
        for (String layer : layers) {
            paths.add("\"" + layer + "/layer.tar\"");
        }
        return "{\"Config\":\"" + config + ".json\",\"RepoTags\":[\"" + tag + "\"],\"Layers\":["
                + String.join(",", paths) + "]}";
    }

    static void tar(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tar"));
        command.addAll(List.of(args));
        Process tar = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("tar.log").toFile()).start();
        if (!tar.waitFor(30, TimeUnit.SECONDS) || tar.exitValue() != 0) {
            tar.destroyForcibly();
            throw new AssertionError("tar " + String.join(" ", args) + " failed: " + Files.readString(dir.resolve("tar.log")));
        }
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

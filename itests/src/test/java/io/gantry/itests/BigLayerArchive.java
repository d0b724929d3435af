package io.gantry.itests;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** A docker-archive of one image whose only layer holds a file of random bytes, packed with the host's tar. */
final class BigLayerArchive {
    private BigLayerArchive() {
    }

    /** Writes {@code dir/big.tar} holding image {@code tag} with a layer of about {@code bytes} bytes. */
    static Path write(Path dir, String tag, int bytes) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree/data"));
        try (OutputStream out = Files.newOutputStream(tree.resolve("random.bin"))) {
            byte[] block = new byte[1024 * 1024];
            Random random = new Random(11);
            for (int written = 0; written < bytes; written += block.length) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Path layerTar = dir.resolve("layer.tar");
        tar(dir, "--owner=0", "--group=0", "-C", dir.resolve("tree").toString(), "-cf",
                layerTar.toString(), "data");
        String layer = sha256(layerTar);
        Files.move(layerTar, Files.createDirectories(archive.resolve(layer)).resolve("layer.tar"));
        byte[] config = ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":\"layers\","
                + "\"diff_ids\":[\"sha256:" + layer + "\"]}}").getBytes(StandardCharsets.UTF_8);
        Path configFile = Files.write(dir.resolve("config.json"), config);
        String configHex = sha256(configFile);
        Files.move(configFile, archive.resolve(configHex + ".json"));
        Files.writeString(archive.resolve("manifest.json"), "[{\"Config\":\"" + configHex + ".json\",\"RepoTags\":[\""
                + tag + "\"],\"Layers\":[\"" + layer + "/layer.tar\"]}]");
        Path tarball = dir.resolve("big.tar");
        tar(dir, "-C", archive.toString(), "-cf", tarball.toString(), ".");
        return tarball;
    }

    private static void tar(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tar"));
        command.addAll(List.of(args));
        Path log = dir.resolve("tar.log");
        Process tar = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!tar.waitFor(60, TimeUnit.SECONDS) || tar.exitValue() != 0) {
            tar.destroyForcibly();
            throw new AssertionError("tar " + String.join(" ", args) + " failed: " + Files.readString(log));
        }
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1024 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}

package io.gantry.itests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A docker-archive (docker save layout) of one image of one layer, packed with the host's tar. */
final class OneLayerArchive {
    private OneLayerArchive() {
    }

    /**
     * Packs the top folders {@code roots} of {@code tree} into the image's layer (with {@code ownership}, e.g.
     * "--owner=0", "--group=0" or "--numeric-owner"), and returns {@code dir/image.tar}.
     *
     * @param config the image config's "config" object, e.g. {"Env":["PATH=/bin"],"Cmd":["sh"]}
     */
    static Path write(Path dir, Path tree, List<String> roots, List<String> ownership, String image, String config)
            throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Path layer = dir.resolve("layer.tar");
        List<String> args = new ArrayList<>(ownership);
        args.addAll(List.of("-C", tree.toString(), "-cf", layer.toString()));
        args.addAll(roots);
        SharedBaseArchive.tar(dir, args.toArray(String[]::new));
        String diffId = sha256(Files.readAllBytes(layer));
        Files.move(layer, Files.createDirectories(archive.resolve(diffId)).resolve("layer.tar"));
        byte[] json = ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":" + config
                + ",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:" + diffId + "\"]}}")
                .getBytes(StandardCharsets.UTF_8);
        String configHex = sha256(json);
        Files.write(archive.resolve(configHex + ".json"), json);
        Files.writeString(archive.resolve("manifest.json"), "[{\"Config\":\"" + configHex + ".json\",\"RepoTags\":[\""
                + image + "\"],\"Layers\":[\"" + diffId + "/layer.tar\"]}]");
        Path tarball = dir.resolve("image.tar");
        SharedBaseArchive.tar(dir, "-C", archive.toString(), "-cf", tarball.toString(), ".");
        return tarball;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

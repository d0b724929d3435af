package io.gantry.image.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import io.gantry.api.image.Layer;
import io.gantry.image.internal.content.Blob;
import io.gantry.image.internal.content.ContentStore;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.content.Lease;
import io.gantry.image.internal.oci.MediaTypes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

class LayerTest extends ImageServiceTest {
    private static final byte[] ROOTFS = Tars.tar("etc/os-release", "NAME=test\n", "data.bin", "x".repeat(5000));

    @Test
    void openLayerGivesBackTheImportedTar() throws IOException {
        Image plain = images.importRootfs(new ByteArrayInputStream(ROOTFS), "plain");
        Image gzipped = images.importRootfs(new ByteArrayInputStream(Tars.gzip(ROOTFS)), "gzipped");
        assertArrayEquals(ROOTFS, readAll(plain.layers().get(0)));
        assertArrayEquals(ROOTFS, readAll(gzipped.layers().get(0)));
    }

    @Test
    void aCorruptedBlobFailsWithADigestErrorAtTheEnd() throws IOException {
        Layer layer = images.importRootfs(new ByteArrayInputStream(ROOTFS), "app").layers().get(0);
        flipByte(StoreFiles.blob(root, layer.digest()), 1024);

        IOException error = assertThrows(IOException.class, () -> readAll(layer));
        assertTrue(error.getMessage().contains("failed verification"), error.getMessage());
        assertTrue(error.getMessage().contains(layer.diffId()), error.getMessage());
    }

    @Test
    void aGzipLayerBlobIsDecompressedAndCheckedAgainstItsDiffId() throws IOException {
        Blob blob;
        try (Lease lease = new ContentStore(StoreFiles.imageRoot(root)).lease()) {
            blob = lease.write(Tars.gzip(ROOTFS));
        }
        String diffId = Digests.sha256(ROOTFS);
        assertArrayEquals(ROOTFS, readAll(new Layer(blob.digest(), diffId, diffId, blob.size(),
                MediaTypes.LAYER_TAR_GZIP)));

        String wrongDiffId = Digests.sha256("something else");
        Layer mislabelled = new Layer(blob.digest(), wrongDiffId, wrongDiffId, blob.size(),
                MediaTypes.DOCKER_LAYER_TAR_GZIP);
        assertThrows(IOException.class, () -> readAll(mislabelled));
    }

    @Test
    void badLayerDescriptionsAreRejected() {
        String digest = Digests.sha256("absent");
        assertThrows(NotFoundException.class,
                () -> images.openLayer(new Layer(digest, digest, digest, 6, MediaTypes.LAYER_TAR)));
        assertThrows(FailedPreconditionException.class, () -> images.openLayer(
                new Layer(digest, digest, digest, 6, "application/vnd.example.layer.tar+lz4")));
        assertThrows(InvalidArgumentException.class,
                () -> images.openLayer(new Layer("sha256:nope", digest, digest, 6, MediaTypes.LAYER_TAR)));
    }

    private byte[] readAll(Layer layer) throws IOException {
        try (InputStream in = images.openLayer(layer)) {
            return in.readAllBytes();
        }
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, position);
            one.put(0, (byte) ~one.get(0));
            one.rewind();
            channel.write(one, position);
        }
    }
}

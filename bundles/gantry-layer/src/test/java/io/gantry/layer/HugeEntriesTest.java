package io.gantry.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipEncodingHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries that claim more than they hold, and a huge sparse file: nothing outside, nothing huge on disk. */
class HugeEntriesTest extends ExtractionFixture {
    private static final long GIB = 1L << 30;

    @TempDir
    Path work;

    @Test
    void entryClaimingATebibyteButCutShortIsInvalid() throws Exception {
        TarArchiveEntry entry = new TarArchiveEntry("huge");
        entry.setSize(1024 * GIB);
        byte[] header = new byte[512];
        entry.writeEntryHeader(header, ZipEncodingHelper.getZipEncoding("UTF-8"), true);
        byte[] tar = Arrays.copyOf(header, header.length + 3);

        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> new LayerExtractor(SYSCALLS)
                .extract(new ByteArrayInputStream(tar), layer, Whiteouts.APPLY));
        assertEquals("layer entry 'huge' cannot be read to its 1099511627776 bytes: Truncated TAR archive",
                e.getMessage());
    }

    @Test
    void gnuSparseFileOfAGibibyteKeepsItsHoles() throws Exception {
        Path source = Files.createDirectory(work.resolve("source"));
        try (RandomAccessFile sparse = new RandomAccessFile(source.resolve("disk.img").toFile(), "rw")) {
            sparse.setLength(GIB);
            sparse.seek(GIB / 2);
            sparse.write("middle".getBytes());
        }
        Path tar = work.resolve("sparse.tar");
        Process pack = new ProcessBuilder("tar", "--format=gnu", "--sparse", "-C", source.toString(), "-cf",
                tar.toString(), "disk.img").inheritIO().start();
        assertTrue(pack.waitFor(30, TimeUnit.SECONDS) && pack.exitValue() == 0);
        assertTrue(Files.size(tar) < 1024 * 1024, "the tar itself is small: " + Files.size(tar));

        try (InputStream in = Files.newInputStream(tar)) {
            new LayerExtractor(SYSCALLS).extract(in, layer, Whiteouts.APPLY);
        }

        Path image = layer.resolve("disk.img");
        assertEquals(GIB, Files.size(image));
        try (RandomAccessFile extracted = new RandomAccessFile(image.toFile(), "r")) {
            byte[] middle = new byte[6];
            extracted.seek(GIB / 2);
            extracted.readFully(middle);
            assertEquals("middle", new String(middle));
        }
        long blocks = Long.parseLong(new String(new ProcessBuilder("stat", "-c", "%b", image.toString()).start()
                .getInputStream().readAllBytes()).trim());
        assertTrue(blocks * 512 < 16 * 1024 * 1024, "holes are kept: " + blocks + " blocks allocated");
    }
}

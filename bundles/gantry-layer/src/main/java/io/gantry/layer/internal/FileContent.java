package io.gantry.layer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Streams an entry's content into a new file through a bounded buffer, leaving holes where it is all zeros. */
public final class FileContent {
    private static final int BUFFER_SIZE = 64 * 1024;

    private FileContent() {
    }

    /** Creates {@code target} (never through a symlink) and returns the bytes of content. */
    public static long write(InputStream content, Path target) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            int read;
            while ((read = content.readNBytes(buffer, 0, buffer.length)) > 0) {
                if (!allZero(buffer, read)) {
                    writeFully(out, ByteBuffer.wrap(buffer, 0, read), size);
                }
                size += read;
            }
            if (out.size() < size) {
                writeFully(out, ByteBuffer.wrap(new byte[1]), size - 1);
            }
        }
        return size;
    }

    private static void writeFully(FileChannel out, ByteBuffer data, long position) throws IOException {
        long at = position;
        while (data.hasRemaining()) {
            at += out.write(data, at);
        }
    }

    private static boolean allZero(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] != 0) {
                return false;
            }
        }
        return true;
    }
}

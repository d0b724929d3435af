package io.gantry.image.internal.busybox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** Just enough ELF to tell a static executable from one that needs a dynamic loader. */
final class ElfFile {
    private static final int MAGIC = 0x7f454c46;
    private static final int PT_INTERP = 3;

    private ElfFile() {
    }

    static boolean isElf(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            ByteBuffer magic = ByteBuffer.allocate(4);
            return channel.read(magic, 0) == 4 && magic.getInt(0) == MAGIC;
        }
    }

    /** True if a program header asks for an interpreter (the dynamic loader). */
    static boolean needsInterpreter(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            ByteBuffer header = ByteBuffer.allocate(64);
            channel.read(header, 0);
            boolean is64 = header.get(4) == 2;
            header.order(header.get(5) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            long tableOffset = is64 ? header.getLong(0x20) : Integer.toUnsignedLong(header.getInt(0x1c));
            int entrySize = Short.toUnsignedInt(header.getShort(is64 ? 0x36 : 0x2a));
            int entries = Short.toUnsignedInt(header.getShort(is64 ? 0x38 : 0x2c));
            ByteBuffer type = ByteBuffer.allocate(4).order(header.order());
            for (int i = 0; i < entries; i++) {
                type.clear();
                if (channel.read(type, tableOffset + (long) i * entrySize) == 4 && type.getInt(0) == PT_INTERP) {
                    return true;
                }
            }
            return false;
        }
    }
}

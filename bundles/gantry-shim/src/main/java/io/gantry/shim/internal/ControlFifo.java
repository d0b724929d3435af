package io.gantry.shim.internal;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** conmon's {@code ctl} fifo in its bundle folder, which takes lines "type height width". */
final class ControlFifo {
    private static final int WIN_RESIZE_EVENT = 1;
    private static final int MAX_SIZE = 0xffff;

    private ControlFifo() {
    }

    /**
     * Asks conmon to resize the terminal. The fifo is opened for reading and writing, which never blocks,
     * even if conmon has just ended and nothing reads it any more.
     */
    static void resize(Path fifo, int height, int width, String what) {
        check("height", height);
        check("width", width);
        byte[] line = (WIN_RESIZE_EVENT + " " + height + " " + width + "\n").getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(line));
        } catch (IOException e) {
            throw new GantryException("cannot resize the terminal of " + what + ": " + e, e);
        }
    }

    private static void check(String name, int value) {
        if (value < 1 || value > MAX_SIZE) {
            throw new InvalidArgumentException("invalid terminal " + name + " " + value + ": must be 1 to " + MAX_SIZE);
        }
    }
}

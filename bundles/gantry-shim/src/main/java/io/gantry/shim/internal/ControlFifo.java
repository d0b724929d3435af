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
    private static final int REOPEN_LOGS_EVENT = 2;
    private static final int MAX_SIZE = 0xffff;

    private ControlFifo() {
    }

    /** Asks conmon to resize the terminal. */
    static void resize(Path fifo, int height, int width, String what) {
        check("height", height);
        check("width", width);
        send(fifo, WIN_RESIZE_EVENT + " " + height + " " + width + "\n", "resize the terminal of " + what);
    }

    /** Asks conmon to open its log file at its path again, a new one if the old was renamed away. */
    static void reopenLog(Path fifo, String what) {
        send(fifo, REOPEN_LOGS_EVENT + " 0 0\n", "reopen the log of " + what);
    }

    /**
     * The fifo is opened for reading and writing, which never blocks, even if conmon has just ended and nothing
     * reads it any more.
     */
    private static void send(Path fifo, String message, String action) {
        byte[] line = message.getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(line));
        } catch (IOException e) {
            throw new GantryException("cannot " + action + ": " + e, e);
        }
    }

    private static void check(String name, int value) {
        if (value < 1 || value > MAX_SIZE) {
            throw new InvalidArgumentException("invalid terminal " + name + " " + value + ": must be 1 to " + MAX_SIZE);
        }
    }
}

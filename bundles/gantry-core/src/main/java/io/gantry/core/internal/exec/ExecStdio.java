package io.gantry.core.internal.exec;

import io.gantry.api.container.attach.OutputChunk;
import io.gantry.api.container.attach.StdioStream;
import java.io.IOException;
import java.time.Duration;

/**
 * An exec's stdio whose end of output also waits (briefly) for the exit code to be recorded, so that a
 * client inspecting the exec right after its output ended sees how it ended.
 */
final class ExecStdio implements StdioStream {
    static final Duration EXIT_GRACE = Duration.ofSeconds(5);

    private final StdioStream stdio;
    private final ExecSession session;

    ExecStdio(StdioStream stdio, ExecSession session) {
        this.stdio = stdio;
        this.session = session;
    }

    @Override
    public OutputChunk read() throws IOException {
        OutputChunk chunk = stdio.read();
        if (chunk == null) {
            try {
                session.awaitEnd(EXIT_GRACE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return chunk;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        stdio.write(data, offset, length);
    }

    @Override
    public void closeStdin() throws IOException {
        stdio.closeStdin();
    }

    @Override
    public void close() {
        stdio.close();
    }
}

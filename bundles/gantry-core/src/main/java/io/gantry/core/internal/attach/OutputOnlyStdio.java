package io.gantry.core.internal.attach;

import io.gantry.api.container.attach.OutputChunk;
import io.gantry.api.container.attach.StdioStream;
import java.io.IOException;

/** A container's output without its stdin: attached without stdin, or created without an open stdin. */
final class OutputOnlyStdio implements StdioStream {
    private final StdioStream stdio;
    private final String container;

    OutputOnlyStdio(StdioStream stdio, String container) {
        this.stdio = stdio;
        this.container = container;
    }

    @Override
    public OutputChunk read() throws IOException {
        return stdio.read();
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        throw new IOException("stdin of container " + container + " is not attached");
    }

    @Override
    public void closeStdin() throws IOException {
        throw new IOException("stdin of container " + container + " is not attached");
    }

    @Override
    public void close() {
        stdio.close();
    }
}

package io.gantry.api.container.attach;

import java.io.IOException;

/** A live connection to a process's standard streams. Closing it detaches; the process keeps running. */
public interface StdioStream extends AutoCloseable {
    /** Blocks for the next piece of output; null once the process has closed its output. */
    OutputChunk read() throws IOException;

    /** Sends bytes to the process's stdin (only if the stream was opened with stdin). */
    void write(byte[] data, int offset, int length) throws IOException;

    /** Closes the process's stdin, so it sees end of file. */
    void closeStdin() throws IOException;

    @Override
    void close();
}

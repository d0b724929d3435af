package io.gantry.daemon.internal.stream;

import io.gantry.api.container.attach.OutputChunk;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.monitor.LogEntry;
import io.netty.channel.Channel;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a process's output to a client, framed (no tty) or raw (a tty, or a WebSocket, which frames it
 * itself), until the output ends or the client goes; then detaches and ends the response. Closing the client's
 * connection detaches at once.
 */
public final class StdioPump {
    private static final Logger LOG = LoggerFactory.getLogger(StdioPump.class);

    private final boolean raw;
    private final boolean stdout;
    private final boolean stderr;

    public StdioPump(boolean raw, boolean stdout, boolean stderr) {
        this.raw = raw;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public void run(StdioStream stream, Channel client, ByteSink sink) {
        client.closeFuture().addListener(f -> stream.close());
        try {
            for (OutputChunk chunk = stream.read(); chunk != null; chunk = stream.read()) {
                if (wanted(chunk) && !sink.write(Frames.encode(chunk, raw))) {
                    break;
                }
            }
        } catch (IOException e) {
            LOG.debug("output of an attached process ended: {}", e.getMessage());
        } finally {
            stream.close();
            sink.end();
        }
    }

    private boolean wanted(OutputChunk chunk) {
        return chunk.stream() == LogEntry.Stream.STDERR ? stderr : stdout;
    }
}

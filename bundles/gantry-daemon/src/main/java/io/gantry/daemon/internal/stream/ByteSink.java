package io.gantry.daemon.internal.stream;

/** Where a streaming route writes: a chunked HTTP body or a hijacked connection. */
public interface ByteSink {
    /** @return false once the client is gone */
    boolean write(byte[] piece);

    void end();

    boolean isOpen();
}

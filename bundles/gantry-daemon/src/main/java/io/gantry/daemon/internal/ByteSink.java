package io.gantry.daemon.internal;

/** Where a streaming route writes: a chunked HTTP body or a hijacked connection. */
interface ByteSink {
    /** @return false once the client is gone */
    boolean write(byte[] piece);

    void end();

    boolean isOpen();
}

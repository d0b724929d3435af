package io.gantry.natives;

/** A libc call failed; carries the call, its argument of note and errno. */
public class NativeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int errno;

    public NativeException(String call, String subject, int errno, String errnoText) {
        super(call + "(" + subject + ") failed: " + errnoText + " (errno " + errno + ")");
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}

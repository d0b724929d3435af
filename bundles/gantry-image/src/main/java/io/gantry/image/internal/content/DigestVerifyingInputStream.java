package io.gantry.image.internal.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/** Hashes what passes through and fails at end of stream if the content does not match the digest. */
public final class DigestVerifyingInputStream extends FilterInputStream {
    private final String expectedDigest;
    private final String what;
    private final MessageDigest sha256 = Digests.newSha256();
    private String actualDigest;

    /** @param what names the content in the error, e.g. "layer sha256:..." */
    public DigestVerifyingInputStream(InputStream in, String expectedDigest, String what) {
        super(in);
        this.expectedDigest = expectedDigest;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            verify();
        } else {
            sha256.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            verify();
        } else {
            sha256.update(buffer, offset, n);
        }
        return n;
    }

    /** Skipped bytes are read, since they count towards the digest. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported: replayed bytes would corrupt the digest");
    }

    private void verify() throws IOException {
        if (actualDigest == null) {
            actualDigest = Digests.format(sha256);
        }
        if (!actualDigest.equals(expectedDigest)) {
            throw new IOException(what + " failed verification: content digest " + actualDigest
                    + " does not match " + expectedDigest);
        }
    }
}

package io.gantry.image.internal.content;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Hashes what passes through (skipped bytes included, since they count towards the digest) and fails at end of
 * stream if the content does not match the digest.
 */
public final class DigestVerifyingInputStream extends ObservingInputStream {
    private final String expectedDigest;
    private final String what;
    private final MessageDigest sha256 = Digests.newSha256();
    private String actualDigest;

    /** @param what names the content in the error, e.g. "layer sha256:..." */
    public DigestVerifyingInputStream(InputStream in, String expectedDigest, String what) {
        super(in, "corrupt the digest");
        this.expectedDigest = expectedDigest;
        this.what = what;
    }

    @Override
    protected void observe(byte[] buffer, int offset, int length) {
        sha256.update(buffer, offset, length);
    }

    @Override
    protected void atEnd() throws IOException {
        if (actualDigest == null) {
            actualDigest = Digests.format(sha256);
        }
        if (!actualDigest.equals(expectedDigest)) {
            throw new IOException(what + " failed verification: content digest " + actualDigest
                    + " does not match " + expectedDigest);
        }
    }
}

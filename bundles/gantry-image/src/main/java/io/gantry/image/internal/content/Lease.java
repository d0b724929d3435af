package io.gantry.image.internal.content;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Keeps the blobs written through it pinned until it is closed. Not thread-safe. */
public final class Lease implements AutoCloseable {
    private final ContentStore store;
    private final List<String> written = new ArrayList<>();
    private boolean closed;

    Lease(ContentStore store) {
        this.store = store;
    }

    /** Stores what {@code writer} produces under the digest computed while writing. */
    public Blob write(BlobWriter writer) {
        return remember(store.write(writer, null, BlobCheck.NONE));
    }

    /** Stores {@code content}, failing (and storing nothing) unless it hashes to {@code expectedDigest}. */
    public Blob write(InputStream content, String expectedDigest) {
        return write(content, expectedDigest, BlobCheck.NONE);
    }

    /** Like {@link #write(InputStream, String)}, and stores nothing unless {@code check} passes too. */
    public Blob write(InputStream content, String expectedDigest, BlobCheck check) {
        return remember(store.write(content::transferTo, Digests.requireValid(expectedDigest), check));
    }

    /** Pins a blob that is already stored, so it stays while this lease is open; false if there is none. */
    public boolean keepExisting(String digest) {
        if (!store.pinIfPresent(Digests.requireValid(digest))) {
            return false;
        }
        written.add(digest);
        return true;
    }

    public Blob write(byte[] content) {
        return write(new ByteArrayInputStream(content), Digests.sha256(content));
    }

    /** The digests written so far, in order. */
    public List<String> digests() {
        return List.copyOf(written);
    }

    private Blob remember(Blob blob) {
        written.add(blob.digest());
        return blob;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            written.forEach(store::unpin);
        }
    }
}

package io.gantry.api.image;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears how a pull or push goes, blob by blob, so a client can draw progress bars. Blobs are named by
 * digest; every method has an empty default. Calls come from the pulling or pushing thread.
 */
@ConsumerType
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    /** The reference is being looked up in its registry. */
    default void resolving(String reference) {
    }

    /** The blob is queued behind others. */
    default void waiting(String digest) {
    }

    /** @param total the blob's size, or -1 if unknown */
    default void downloading(String digest, long bytes, long total) {
    }

    default void verifying(String digest) {
    }

    /** The blob was downloaded and verified. */
    default void done(String digest) {
    }

    /** The blob is already where it should be (stored locally on pull, in the registry on push). */
    default void alreadyExists(String digest) {
    }

    default void pushing(String digest, long bytes, long total) {
    }

    /** The registry linked the blob from another of its repositories instead of an upload. */
    default void mounted(String digest, String fromRepository) {
    }

    default void pushed(String digest) {
    }

    /** The final line, e.g. "Downloaded newer image for localhost:5000/x:1" or "latest: digest: sha256:..". */
    default void status(String message) {
    }
}

package io.gantry.image.internal.archive;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.ProgressListener;
import io.gantry.image.internal.content.Lease;
import io.gantry.image.internal.layer.DiffIdCheck;
import java.io.IOException;
import java.io.InputStream;

/** Stores the layer files of an image archive, each checked against its diff id, skipping those already stored. */
final class ArchiveLayers {
    private ArchiveLayers() {
    }

    /** @param name names the layer in the error if the spooled file cannot be read */
    static void store(Lease lease, ProgressListener progress, SpooledFile file, String mediaType, String diffId,
            String name) {
        if (lease.keepExisting(file.digest())) {
            progress.alreadyExists(file.digest());
            return;
        }
        try (InputStream in = file.open()) {
            lease.write(in, file.digest(), DiffIdCheck.of(file.digest(), mediaType, diffId));
        } catch (IOException e) {
            throw new InvalidArgumentException("cannot read layer " + name + ": " + e.getMessage(), e);
        }
        progress.done(file.digest());
    }
}

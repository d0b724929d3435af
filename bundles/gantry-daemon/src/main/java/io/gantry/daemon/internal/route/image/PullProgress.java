package io.gantry.daemon.internal.route.image;

import io.gantry.api.image.ProgressListener;

/**
 * Turns a pull's progress into dockerd's lines. "Pulling from" waits for the first layer event, so that an
 * unknown manifest is still answered with a plain 404. Gantry unpacks layers when a container is created,
 * so there is no "Extracting": a verified layer is at once "Pull complete".
 */
final class PullProgress implements ProgressListener {
    private static final String DIGEST_PREFIX = "Digest: ";

    private final JsonLines lines;
    private final String pullingFrom;
    private final String tagOrDigest;
    private final ProgressThrottle throttle = new ProgressThrottle();
    private boolean announced;
    private volatile String manifestDigest;

    PullProgress(JsonLines lines, String reference) {
        this.lines = lines;
        this.pullingFrom = "Pulling from " + RepositoryName.path(reference);
        int at = reference.indexOf('@');
        String name = RepositoryName.withoutTagOrDigest(reference);
        this.tagOrDigest = at >= 0 ? reference.substring(at + 1)
                : reference.length() > name.length() ? reference.substring(name.length() + 1) : "latest";
    }

    @Override
    public void waiting(String digest) {
        layer(digest, "Pulling fs layer");
    }

    @Override
    public void downloading(String digest, long bytes, long total) {
        if (throttle.shouldSend(digest, bytes, total)) {
            announce();
            lines.progress(RepositoryName.shortId(digest), "Downloading", bytes, total);
        }
    }

    @Override
    public void verifying(String digest) {
        layer(digest, "Verifying Checksum");
    }

    @Override
    public void done(String digest) {
        layer(digest, "Download complete");
        layer(digest, "Pull complete");
    }

    @Override
    public void alreadyExists(String digest) {
        layer(digest, "Already exists");
    }

    /** The image service's closing message leads with the manifest digest, which Docker prints on its own. */
    @Override
    public void status(String message) {
        if (message.startsWith(DIGEST_PREFIX)) {
            manifestDigest = message.substring(DIGEST_PREFIX.length()).split(" ", 2)[0];
        }
    }

    /** Sends the closing "Digest:" and "Status:" lines. */
    void finish(String reference, boolean upToDate) {
        announce();
        if (manifestDigest != null) {
            lines.status(DIGEST_PREFIX + manifestDigest);
        }
        lines.status(upToDate ? "Status: Image is up to date for " + reference
                : "Status: Downloaded newer image for " + reference);
    }

    private void layer(String digest, String status) {
        announce();
        lines.layer(RepositoryName.shortId(digest), status);
    }

    private synchronized void announce() {
        if (!announced) {
            announced = true;
            lines.send(lines.object().put("status", pullingFrom).put("id", tagOrDigest));
        }
    }
}

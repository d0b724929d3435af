package io.gantry.daemon.internal.route.image;

import io.gantry.api.image.Layer;
import io.gantry.api.image.ProgressListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a push's progress into dockerd's lines. Docker names a pushed layer by its diff id and does not show
 * the config blob; "The push refers to repository" waits for the first event, so that an error before any
 * upload keeps its status code.
 */
final class PushProgress implements ProgressListener {
    private static final Pattern PUSHED = Pattern.compile("^(\\S+): digest: (\\S+) size: (\\d+)$");

    private final JsonLines lines;
    private final String repository;
    private final Map<String, String> layerIds = new HashMap<>();
    private final ProgressThrottle throttle = new ProgressThrottle();
    private boolean announced;

    PushProgress(JsonLines lines, String repository, List<Layer> layers) {
        this.lines = lines;
        this.repository = repository;
        layers.forEach(l -> layerIds.put(l.digest(), RepositoryName.shortId(l.diffId())));
    }

    @Override
    public void waiting(String digest) {
        layer(digest, "Preparing");
    }

    @Override
    public void pushing(String digest, long bytes, long total) {
        String id = layerIds.get(digest);
        if (id != null && throttle.shouldSend(digest, bytes, total)) {
            announce();
            lines.progress(id, "Pushing", bytes, total);
        }
    }

    @Override
    public void alreadyExists(String digest) {
        layer(digest, "Layer already exists");
    }

    @Override
    public void mounted(String digest, String fromRepository) {
        layer(digest, "Mounted from " + RepositoryName.path(fromRepository));
    }

    @Override
    public void pushed(String digest) {
        layer(digest, "Pushed");
    }

    /** "tag: digest: sha256:.. size: N", followed by the aux line the CLI reads the digest from. */
    @Override
    public void status(String message) {
        announce();
        lines.status(message);
        Matcher m = PUSHED.matcher(message);
        if (m.matches()) {
            var line = lines.object();
            line.putObject("progressDetail");
            line.putObject("aux").put("Tag", m.group(1)).put("Digest", m.group(2))
                    .put("Size", Long.parseLong(m.group(3)));
            lines.send(line);
        }
    }

    private void layer(String digest, String status) {
        String id = layerIds.get(digest);
        if (id != null) {
            announce();
            lines.layer(id, status);
        }
    }

    private synchronized void announce() {
        if (!announced) {
            announced = true;
            lines.status("The push refers to repository [" + repository + "]");
        }
    }
}

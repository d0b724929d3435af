package io.gantry.daemon.internal.route.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Request bodies the docker CLI 20.10 and 28 sent, as recorded from a socket that only listened. */
final class CliBodies {
    private CliBodies() {
    }

    /** @param name e.g. "docker20-create-defaults" */
    static String of(String name) {
        try (InputStream in = CliBodies.class.getResourceAsStream("/cli-bodies/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded body " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.gantry.volume.local.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The local volume driver's one JSON mapper (opts.json, the records of who has a volume mounted). */
final class LocalJson {
    /** Configured once; thread-safe, like every ObjectMapper that is not reconfigured after first use. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    private LocalJson() {
    }
}

package io.gantry.net.bridge.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The bridge driver's one JSON mapper (its state files, the JSON of ip(8)). */
final class BridgeJson {
    /** Configured once; thread-safe, like every ObjectMapper that is not reconfigured after first use. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    private BridgeJson() {
    }
}

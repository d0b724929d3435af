package io.gantry.shim.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The shim bundle's one JSON mapper (conmon's sync messages, OCI process specs). */
final class ShimJson {
    /** Configured once; thread-safe, like every ObjectMapper that is not reconfigured after first use. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ShimJson() {
    }
}

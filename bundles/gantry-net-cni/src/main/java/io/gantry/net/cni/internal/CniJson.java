package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The CNI driver's one JSON mapper (conflists, plugin input and results, its cache). */
final class CniJson {
    /** Configured once; thread-safe, like every ObjectMapper that is not reconfigured after first use. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    private CniJson() {
    }
}

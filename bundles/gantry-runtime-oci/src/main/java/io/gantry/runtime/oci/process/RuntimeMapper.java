package io.gantry.runtime.oci.process;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The runtime bundle's one JSON mapper (what runtimes print and read). */
public final class RuntimeMapper {
    /** Configured once; thread-safe, like every ObjectMapper that is not reconfigured after first use. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private RuntimeMapper() {
    }
}

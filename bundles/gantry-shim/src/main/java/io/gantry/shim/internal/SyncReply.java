package io.gantry.shim.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What conmon writes on its sync pipe once {@code runtime create} is done: the container pid, or a
 * negative number and the runtime's stderr.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SyncReply(int data, String message) {
    boolean created() {
        return data > 0;
    }
}

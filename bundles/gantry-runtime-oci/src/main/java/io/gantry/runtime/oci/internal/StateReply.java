package io.gantry.runtime.oci.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The fields of {@code <runtime> state} that Gantry reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
record StateReply(String id, String status, int pid, String bundle) {
}

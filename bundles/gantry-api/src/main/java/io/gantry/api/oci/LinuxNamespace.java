package io.gantry.api.oci;

import com.fasterxml.jackson.annotation.JsonInclude;

/** type is the OCI name (pid, network, mount, ipc, uts, user, cgroup); a null path means a new namespace. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinuxNamespace(String type, String path) {
}

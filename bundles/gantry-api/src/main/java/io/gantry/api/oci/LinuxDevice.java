package io.gantry.api.oci;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinuxDevice(String path, String type, long major, long minor, Integer fileMode, Integer uid, Integer gid) {
}

package io.gantry.api.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * How much the container's processes may do, as Docker's {@code --privileged}, {@code --read-only},
 * {@code --cap-add}, {@code --cap-drop} and {@code --security-opt no-new-privileges}.
 *
 * @param capAdd capability names with or without the CAP_ prefix, or ALL
 * @param capDrop capability names with or without the CAP_ prefix, or ALL
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityOptions(boolean privileged, boolean readOnlyRootfs, List<String> capAdd, List<String> capDrop,
        boolean noNewPrivileges) {
    public static final SecurityOptions DEFAULT = new SecurityOptions(false, false, List.of(), List.of(), false);

    public SecurityOptions {
        capAdd = capAdd == null ? List.of() : List.copyOf(capAdd);
        capDrop = capDrop == null ? List.of() : List.copyOf(capDrop);
    }
}

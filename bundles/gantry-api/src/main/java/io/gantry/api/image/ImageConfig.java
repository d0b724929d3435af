package io.gantry.api.image;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** The run defaults an image carries (the "config" object of the OCI image config). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImageConfig(List<String> env, List<String> entrypoint, List<String> cmd, String workingDir,
        String user, Map<String, String> labels, String stopSignal) {
    public static final ImageConfig EMPTY = new ImageConfig(List.of(), null, null, null, null, Map.of(), null);
}

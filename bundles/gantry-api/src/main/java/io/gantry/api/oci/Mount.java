package io.gantry.api.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Mount(String destination, String type, String source, List<String> options) {
    public static Mount bind(String source, String destination, String... options) {
        List<String> opts = new java.util.ArrayList<>(List.of("rbind"));
        opts.addAll(List.of(options));
        return new Mount(destination, "bind", source, opts);
    }
}

package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.gantry.api.InvalidArgumentException;
import java.util.Arrays;

/** The platform of an index entry: os, architecture and optional variant (e.g. linux/arm64/v8). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OciPlatform(String os, String architecture, String variant) {

    /** @throws InvalidArgumentException unless {@code text} is "os/architecture[/variant]" */
    public static OciPlatform parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length < 2 || parts.length > 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
            throw new InvalidArgumentException("invalid platform " + text + ": expected os/architecture[/variant]");
        }
        return new OciPlatform(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
    }

    /** Whether this entry's platform serves {@code wanted}; a wanted platform without variant takes any. */
    public boolean serves(OciPlatform wanted) {
        return wanted.os().equals(os) && wanted.architecture().equals(architecture)
                && (wanted.variant() == null || wanted.variant().equals(variant));
    }

    @Override
    public String toString() {
        return os + "/" + architecture + (variant == null ? "" : "/" + variant);
    }
}

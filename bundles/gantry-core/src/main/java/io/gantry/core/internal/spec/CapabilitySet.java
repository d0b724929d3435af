package io.gantry.core.internal.spec;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.SecurityOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The capabilities of a container's process, as Docker computes them: every one when privileged; with
 * --cap-add ALL every one but those dropped; with --cap-drop ALL only those added; else the defaults minus
 * those dropped plus those added. Names take the CAP_ prefix or not, in any case.
 */
final class CapabilitySet {
    private static final String ALL = "ALL";

    private CapabilitySet() {
    }

    /** @throws InvalidArgumentException naming the first unknown capability */
    static void check(SecurityOptions security) {
        normalize(security.capAdd());
        normalize(security.capDrop());
    }

    static List<String> of(SecurityOptions security) {
        if (security.privileged()) {
            return AllCapabilities.onHost();
        }
        Set<String> add = normalize(security.capAdd());
        Set<String> drop = normalize(security.capDrop());
        Set<String> caps = new LinkedHashSet<>();
        if (add.contains(ALL)) {
            AllCapabilities.onHost().stream().filter(cap -> !drop.contains(cap)).forEach(caps::add);
        } else if (drop.contains(ALL)) {
            caps.addAll(add);
        } else {
            SecurityDefaults.CAPABILITIES.stream().filter(cap -> !drop.contains(cap)).forEach(caps::add);
            caps.addAll(add);
        }
        return new ArrayList<>(caps);
    }

    private static Set<String> normalize(List<String> names) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String name : names) {
            String upper = name.trim().toUpperCase(Locale.ROOT);
            if (upper.equals(ALL)) {
                normalized.add(ALL);
                continue;
            }
            String cap = upper.startsWith("CAP_") ? upper : "CAP_" + upper;
            if (!AllCapabilities.KNOWN.contains(cap)) {
                throw new InvalidArgumentException("unknown capability: \"" + cap + "\"");
            }
            normalized.add(cap);
        }
        return normalized;
    }
}

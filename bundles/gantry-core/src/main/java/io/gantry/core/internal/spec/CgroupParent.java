package io.gantry.core.internal.spec;

import io.gantry.api.InvalidArgumentException;

/**
 * --cgroup-parent: the cgroup a container's own cgroup is made under. Relative and absolute names both start at
 * the root of each hierarchy, as the engine's configured parent does; no segment may climb out with "..".
 */
public final class CgroupParent {
    private CgroupParent() {
    }

    /** @return the parent without leading or trailing slashes, "" for the root */
    public static String normalize(String parent) {
        String trimmed = parent.replaceAll("^/+|/+$", "");
        for (String segment : trimmed.split("/+")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new InvalidArgumentException("invalid --cgroup-parent '" + parent
                        + "': it may not contain '.' or '..' segments");
            }
            if (segment.chars().anyMatch(c -> c < 0x20)) {
                throw new InvalidArgumentException("invalid --cgroup-parent '" + parent
                        + "': it may not contain control characters");
            }
        }
        return trimmed;
    }

    static void check(String parent) {
        if (parent != null) {
            normalize(parent);
        }
    }
}

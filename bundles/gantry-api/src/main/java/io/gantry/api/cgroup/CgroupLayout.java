package io.gantry.api.cgroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the cgroup controllers are mounted. On a v2 host every controller lives in one unified tree; on a
 * v1 or hybrid host (v1 controllers beside a mostly empty v2 tree) each v1 controller has its own mount,
 * and, like runc, Gantry then uses the v1 controllers.
 */
public final class CgroupLayout {
    private final CgroupVersion version;
    private final Path unified;
    private final Map<String, Path> v1Mounts;

    private CgroupLayout(CgroupVersion version, Path unified, Map<String, Path> v1Mounts) {
        this.version = version;
        this.unified = unified;
        this.v1Mounts = Map.copyOf(v1Mounts);
    }

    public static CgroupLayout v2(Path unifiedRoot) {
        return new CgroupLayout(CgroupVersion.V2, unifiedRoot, Map.of());
    }

    /** @param mounts controller name to the directory it is mounted on */
    public static CgroupLayout v1(Map<String, Path> mounts) {
        return new CgroupLayout(CgroupVersion.V1, null, mounts);
    }

    /** The layout of this host, from /proc/self/mountinfo. */
    public static CgroupLayout detect() {
        try {
            return fromMountInfo(Files.readString(Path.of("/proc/self/mountinfo")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/self/mountinfo", e);
        }
    }

    /**
     * Parses mountinfo text. A cgroup2 mount at /sys/fs/cgroup itself means v2; otherwise the v1 mounts
     * (with their comma-separated controllers, e.g. "cpu,cpuacct") make a v1 layout.
     */
    public static CgroupLayout fromMountInfo(String mountinfo) {
        Map<String, Path> v1 = new LinkedHashMap<>();
        Path unifiedRoot = null;
        for (String line : mountinfo.split("\n")) {
            String[] halves = line.split(" - ", 2);
            if (halves.length < 2) {
                continue;
            }
            String[] left = halves[0].split(" ");
            String[] right = halves[1].split(" ");
            if (left.length < 5 || right.length < 3) {
                continue;
            }
            Path mountPoint = Path.of(left[4]);
            if (right[0].equals("cgroup2") && mountPoint.equals(Path.of("/sys/fs/cgroup"))) {
                unifiedRoot = mountPoint;
            } else if (right[0].equals("cgroup")) {
                for (String option : right[2].split(",")) {
                    if (!option.equals("rw") && !option.equals("ro") && !option.contains("=")
                            && !option.equals("relatime") && !option.equals("noexec")
                            && !option.equals("nosuid") && !option.equals("nodev")) {
                        v1.put(option, mountPoint);
                    }
                }
            }
        }
        if (unifiedRoot != null) {
            return v2(unifiedRoot);
        }
        return v1(v1);
    }

    public CgroupVersion version() {
        return version;
    }

    /**
     * The directory of {@code cgroupsPath} (e.g. "/gantry/abc") for {@code controller}, or empty when
     * that controller is not mounted.
     */
    public Optional<Path> dir(String controller, String cgroupsPath) {
        String relative = cgroupsPath.startsWith("/") ? cgroupsPath.substring(1) : cgroupsPath;
        if (version == CgroupVersion.V2) {
            return Optional.of(unified.resolve(relative));
        }
        return Optional.ofNullable(v1Mounts.get(controller)).map(m -> m.resolve(relative));
    }

    /** The controllers this layout knows (v1) or an empty set for v2, where one tree holds them all. */
    public Map<String, Path> v1Mounts() {
        return v1Mounts;
    }

    @Override
    public String toString() {
        return version == CgroupVersion.V2 ? "cgroup v2 at " + unified : "cgroup v1 " + v1Mounts;
    }
}

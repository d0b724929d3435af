package io.gantry.cgroup.hugetlb.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The huge page sizes a host offers, from its hugepages-&lt;N&gt;kB folders, named as cgroup files name them. */
final class HostPageSizes {
    static final Path HOST = Path.of("/sys/kernel/mm/hugepages");
    private static final Pattern FOLDER = Pattern.compile("hugepages-([0-9]+)kB");
    private static final String[] UNITS = {"KB", "MB", "GB", "TB", "PB"};

    private HostPageSizes() {
    }

    /** Each size's name ("2MB", "1GB") to its bytes; empty if {@code root} is missing. */
    static Map<String, Long> under(Path root) {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> folders = Files.list(root)) {
            folders.forEach(folder -> {
                Matcher m = FOLDER.matcher(folder.getFileName().toString());
                if (m.matches()) {
                    long kib = Long.parseLong(m.group(1));
                    sizes.put(name(kib), kib * 1024);
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return sizes;
    }

    /** 2048 KiB is "2MB", 1048576 KiB "1GB", 64 KiB "64KB", as runc and the kernel name them. */
    static String name(long kib) {
        long value = kib;
        int unit = 0;
        while (value % 1024 == 0 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return value + UNITS[unit];
    }
}

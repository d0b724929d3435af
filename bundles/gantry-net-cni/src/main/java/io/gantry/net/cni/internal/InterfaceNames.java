package io.gantry.net.cni.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Picks the container-side interface name: the first ethN not yet in the network namespace. */
final class InterfaceNames {
    private InterfaceNames() {
    }

    static String firstFree(Path netns) {
        String links = HostCommand.run(List.of("nsenter", "--net=" + netns, "ip", "-o", "link", "show"));
        Set<String> taken = links.lines().map(line -> line.split(": ")).filter(parts -> parts.length > 1)
                .map(parts -> parts[1].split("@")[0]).collect(Collectors.toSet());
        int n = 0;
        while (taken.contains("eth" + n)) {
            n++;
        }
        return "eth" + n;
    }
}

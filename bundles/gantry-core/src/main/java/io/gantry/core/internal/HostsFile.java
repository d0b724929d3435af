package io.gantry.core.internal;

import io.gantry.api.GantryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Rewrites the peer entries of a container's /etc/hosts (the file in its bundle directory that is bind-mounted
 * into it). The loopback lines stay; the rest is replaced. The file is truncated and written in place, never
 * replaced, so that the bind mount of a running container sees the new content.
 */
final class HostsFile {
    private HostsFile() {
    }

    static void rewrite(Path file, Map<String, String> entries) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            StringBuilder text = new StringBuilder();
            Files.readAllLines(file).stream().filter(HostsFile::isLoopback)
                    .forEach(line -> text.append(line).append('\n'));
            entries.forEach((name, address) -> text.append(address).append('\t').append(name).append('\n'));
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new GantryException("cannot rewrite " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isLoopback(String line) {
        String address = line.trim().split("\\s+")[0];
        return address.startsWith("127.") || address.equals("::1");
    }
}

package io.gantry.core.internal.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/** Every capability the engine can give, for privileged processes. */
public final class AllCapabilities {
    private static final String BOUNDING_SET = "CapBnd:";
    /** In kernel order: index = capability number. */
    static final List<String> KNOWN = List.of("CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH",
            "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP",
            "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW",
            "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE",
            "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME",
            "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL", "CAP_SETFCAP",
            "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND",
            "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE");

    private AllCapabilities() {
    }

    /**
     * The known capabilities in this process's bounding set: the most a container's process can have (a host
     * that runs the engine inside a restricted environment may lack some).
     */
    public static List<String> onHost() {
        try {
            // readString would trust the file's size, which procfs reports wrongly
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith(BOUNDING_SET)).findFirst()
                    .map(line -> inMask(Long.parseUnsignedLong(line.substring(BOUNDING_SET.length()).trim(), 16)))
                    .orElse(KNOWN);
        } catch (IOException | RuntimeException e) {
            return KNOWN;
        }
    }

    static List<String> inMask(long mask) {
        return IntStream.range(0, KNOWN.size()).filter(bit -> (mask & 1L << bit) != 0).mapToObj(KNOWN::get).toList();
    }
}

package io.gantry.volume.local.internal;

import static io.gantry.natives.Syscalls.MS_BIND;
import static io.gantry.natives.Syscalls.MS_NODEV;
import static io.gantry.natives.Syscalls.MS_NOEXEC;
import static io.gantry.natives.Syscalls.MS_NOSUID;
import static io.gantry.natives.Syscalls.MS_PRIVATE;
import static io.gantry.natives.Syscalls.MS_RDONLY;
import static io.gantry.natives.Syscalls.MS_REC;
import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;

/**
 * The words of a volume's {@code o} option that are mount(2) flags, as Docker's local driver (moby/sys/mount) reads
 * them; every other word is file system data. {@code remount} is left out: the driver mounts fresh only.
 */
final class MountFlags {
    static final long MS_SYNCHRONOUS = 16;
    static final long MS_MANDLOCK = 64;
    static final long MS_DIRSYNC = 128;
    static final long MS_NOATIME = 1024;
    static final long MS_NODIRATIME = 2048;
    static final long MS_UNBINDABLE = 1 << 17;
    static final long MS_SLAVE = 1 << 19;
    static final long MS_SHARED = 1 << 20;
    static final long MS_RELATIME = 1 << 21;
    static final long MS_STRICTATIME = 1 << 24;
    /** The flags that change propagation, which mount(2) takes only in a call of their own. */
    static final long PROPAGATION = MS_UNBINDABLE | MS_PRIVATE | MS_SLAVE | MS_SHARED;

    private static final Map<String, Flag> FLAGS = Map.ofEntries(
            entry("defaults", set(0)),
            entry("ro", set(MS_RDONLY)), entry("rw", clear(MS_RDONLY)),
            entry("nosuid", set(MS_NOSUID)), entry("suid", clear(MS_NOSUID)),
            entry("nodev", set(MS_NODEV)), entry("dev", clear(MS_NODEV)),
            entry("noexec", set(MS_NOEXEC)), entry("exec", clear(MS_NOEXEC)),
            entry("sync", set(MS_SYNCHRONOUS)), entry("async", clear(MS_SYNCHRONOUS)),
            entry("dirsync", set(MS_DIRSYNC)),
            entry("mand", set(MS_MANDLOCK)), entry("nomand", clear(MS_MANDLOCK)),
            entry("noatime", set(MS_NOATIME)), entry("atime", clear(MS_NOATIME)),
            entry("nodiratime", set(MS_NODIRATIME)), entry("diratime", clear(MS_NODIRATIME)),
            entry("relatime", set(MS_RELATIME)), entry("norelatime", clear(MS_RELATIME)),
            entry("strictatime", set(MS_STRICTATIME)), entry("nostrictatime", clear(MS_STRICTATIME)),
            entry("bind", set(MS_BIND)), entry("rbind", set(MS_BIND | MS_REC)),
            entry("unbindable", set(MS_UNBINDABLE)), entry("runbindable", set(MS_UNBINDABLE | MS_REC)),
            entry("private", set(MS_PRIVATE)), entry("rprivate", set(MS_PRIVATE | MS_REC)),
            entry("shared", set(MS_SHARED)), entry("rshared", set(MS_SHARED | MS_REC)),
            entry("slave", set(MS_SLAVE)), entry("rslave", set(MS_SLAVE | MS_REC)));

    private MountFlags() {
    }

    /** The flag a word of {@code o} stands for, if it is one. */
    static Optional<Flag> named(String word) {
        return Optional.ofNullable(FLAGS.get(word));
    }

    /** Bits that a word sets in, or clears from, the flags before it. */
    record Flag(long bits, boolean clears) {
        long applyTo(long flags) {
            return clears ? flags & ~bits : flags | bits;
        }
    }

    private static Flag set(long bits) {
        return new Flag(bits, false);
    }

    private static Flag clear(long bits) {
        return new Flag(bits, true);
    }
}

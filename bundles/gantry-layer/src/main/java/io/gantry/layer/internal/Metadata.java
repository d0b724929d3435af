package io.gantry.layer.internal;

import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets owner, mode (setuid, setgid and sticky included) and modification time the way tar and cp -a do,
 * never through a symlink and never by opening the file, which would block on a fifo or touch a device.
 */
public final class Metadata {
    private static final Logger LOG = LoggerFactory.getLogger(Metadata.class);

    private final Syscalls syscalls;

    public Metadata(Syscalls syscalls) {
        this.syscalls = syscalls;
    }

    /** Owner first, since chown clears the setuid and setgid bits. */
    public void ownerAndMode(Path path, long uid, long gid, int mode) {
        syscalls.lchown(path.toString(), (int) uid, (int) gid);
        syscalls.chmod(path.toString(), mode & 07777);
    }

    public void owner(Path path, long uid, long gid) {
        syscalls.lchown(path.toString(), (int) uid, (int) gid);
    }

    /** Best effort: a time that cannot be set is not worth failing a layer for. */
    public void modificationTime(Path path, FileTime time) {
        Instant instant = time.toInstant();
        try {
            syscalls.lutimens(path.toString(), instant.getEpochSecond(), instant.getNano());
        } catch (NativeException e) {
            LOG.debug("cannot set the modification time of {}: {}", path, e.getMessage());
        }
    }
}

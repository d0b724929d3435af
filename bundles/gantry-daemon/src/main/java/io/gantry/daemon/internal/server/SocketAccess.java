package io.gantry.daemon.internal.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gives the socket mode 0660, and the group "gantry" when that group exists, as dockerd does with "docker". */
final class SocketAccess {
    static final String GROUP = "gantry";
    private static final Logger LOG = LoggerFactory.getLogger(SocketAccess.class);

    private SocketAccess() {
    }

    static void restrict(Path socket) {
        try {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw----"));
            GroupPrincipal group = socket.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByGroupName(GROUP);
            Files.getFileAttributeView(socket, PosixFileAttributeView.class).setGroup(group);
        } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
            LOG.debug("no group {}: the API socket keeps its owner's group", GROUP);
        } catch (IOException e) {
            LOG.warn("cannot set the permissions of {}", socket, e);
        }
    }
}

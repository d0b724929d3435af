package io.gantry.core.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.oci.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserResolverTest {
    @TempDir
    Path rootfs;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(rootfs.resolve("etc/passwd"), """
                # comment
                root:x:0:0:root:/root:/bin/sh
                daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
                app:x:1000:1000:App:/home/app:/bin/sh
                broken:x:notanumber:1::/:/bin/sh
                """);
        Files.writeString(rootfs.resolve("etc/group"), """
                root:x:0:
                wheel:x:10:root
                app:x:1000:
                audio:x:29:app,daemon
                video:x:44:app
                """);
    }

    @Test
    void emptyMeansRootWithItsSupplementaryGroups() {
        User user = UserResolver.resolve(null, rootfs);
        assertEquals(0, user.uid);
        assertEquals(0, user.gid);
        assertEquals(List.of(10), user.additionalGids);
    }

    @Test
    void namesAreLookedUp() {
        User user = UserResolver.resolve("app", rootfs);
        assertEquals(1000, user.uid);
        assertEquals(1000, user.gid);
        assertEquals(List.of(29, 44), user.additionalGids);
    }

    @Test
    void numericIdsNeedNoEntries() {
        User known = UserResolver.resolve("1", rootfs);
        assertEquals(1, known.gid, "the primary group of a known uid comes from passwd");
        User unknown = UserResolver.resolve("4242:4343", rootfs);
        assertEquals(4242, unknown.uid);
        assertEquals(4343, unknown.gid);
        assertNull(unknown.additionalGids);
        assertEquals(0, UserResolver.resolve("4242", rootfs).gid);
    }

    @Test
    void anExplicitGroupReplacesThePrimaryAndTheSupplementaryGroups() {
        User user = UserResolver.resolve("app:video", rootfs);
        assertEquals(1000, user.uid);
        assertEquals(44, user.gid);
        assertNull(user.additionalGids);
    }

    @Test
    void unknownNamesAreErrors() {
        assertEquals("unable to find user nobody: no matching entries in passwd file", assertThrows(
                InvalidArgumentException.class, () -> UserResolver.resolve("nobody", rootfs)).getMessage());
        assertEquals("unable to find group staff: no matching entries in group file", assertThrows(
                InvalidArgumentException.class, () -> UserResolver.resolve("app:staff", rootfs)).getMessage());
        assertThrows(InvalidArgumentException.class, () -> UserResolver.resolve("99999999999", rootfs));
        assertThrows(InvalidArgumentException.class, () -> UserResolver.resolve("broken", rootfs));
    }

    @Test
    void symlinkedPasswdIsReadInsideTheRootfs() throws IOException {
        Path passwd = rootfs.resolve("etc/passwd");
        Files.move(passwd, rootfs.resolve("etc/passwd.real"));
        Files.createSymbolicLink(passwd, Path.of("/etc/passwd.real"));
        assertEquals(1000, UserResolver.resolve("app", rootfs).uid);

        Files.delete(passwd);
        Files.createSymbolicLink(passwd, Path.of("/etc/passwd"));
        assertThrows(InvalidArgumentException.class, () -> UserResolver.resolve("app", rootfs),
                "a link to itself must not fall through to the host's /etc/passwd");
        Files.delete(passwd);
    }

    @Test
    void missingFilesAllowOnlyNumericIds() throws IOException {
        Files.delete(rootfs.resolve("etc/passwd"));
        Files.delete(rootfs.resolve("etc/group"));
        assertEquals(5, UserResolver.resolve("5:6", rootfs).uid);
        assertThrows(InvalidArgumentException.class, () -> UserResolver.resolve("root", rootfs));
    }
}

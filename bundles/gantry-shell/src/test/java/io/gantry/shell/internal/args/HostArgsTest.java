package io.gantry.shell.internal.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.DeviceMapping;
import io.gantry.api.container.SecurityOpts;
import io.gantry.api.container.Ulimit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parsers of --ulimit, --device, --sysctl and --security-opt. */
class HostArgsTest {
    @Test
    void ulimitsTakeASoftAndAnOptionalHardLimit() {
        assertEquals(new Ulimit("nofile", 100, 200), Ulimits.parse("nofile=100:200"));
        assertEquals(new Ulimit("core", 0, 0), Ulimits.parse("core=0"));
        assertEquals(new Ulimit("memlock", -1, -1), Ulimits.parse("memlock=-1"));
        for (String bad : List.of("nofile", "=1", "nofile=a", "nofile=1:2:3", "nofile=")) {
            assertTrue(assertThrows(InvalidArgumentException.class, () -> Ulimits.parse(bad)).getMessage()
                    .startsWith("invalid ulimit '" + bad + "'"), bad);
        }
    }

    @Test
    void devicesDefaultTheirContainerPathAndPermissions() {
        assertEquals(new DeviceMapping("/dev/fuse", "/dev/fuse", "rwm"), DeviceSpecs.parse("/dev/fuse"));
        assertEquals(new DeviceMapping("/dev/fuse", "/dev/fuse", "r"), DeviceSpecs.parse("/dev/fuse:r"));
        assertEquals(new DeviceMapping("/dev/sda", "/dev/xvda", "rwm"), DeviceSpecs.parse("/dev/sda:/dev/xvda"));
        assertEquals(new DeviceMapping("/dev/sda", "/dev/xvda", "rw"), DeviceSpecs.parse("/dev/sda:/dev/xvda:rw"));
        for (String bad : List.of("", "fuse", "/dev/sda:/dev/xvda:rwx", "/dev/a:/b:r:w", "/dev/sda:xvda")) {
            assertThrows(InvalidArgumentException.class, () -> DeviceSpecs.parse(bad), bad);
        }
    }

    @Test
    void sysctlsNeedANameAndAValue() {
        assertEquals(Map.of("net.core.somaxconn", "1024", "kernel.msgmax", ""),
                Sysctls.parse(List.of("net.core.somaxconn=1", "net.core.somaxconn=1024", "kernel.msgmax=")));
        assertThrows(InvalidArgumentException.class, () -> Sysctls.parse(List.of("=1")));
    }

    @Test
    void securityOptionsKeepTheLastNoNewPrivilegesAndRefuseProfiles() {
        assertTrue(SecurityOpts.noNewPrivileges(List.of("no-new-privileges")));
        assertTrue(SecurityOpts.noNewPrivileges(List.of("no-new-privileges:true", "label:disable")));
        assertFalse(SecurityOpts.noNewPrivileges(List.of("no-new-privileges", "no-new-privileges=false")));
        assertFalse(SecurityOpts.noNewPrivileges(List.of("seccomp=unconfined", "apparmor:unconfined")));
        assertEquals("security option label=user:USER is not supported yet", assertThrows(
                InvalidArgumentException.class, () -> SecurityOpts.noNewPrivileges(List.of("label=user:USER")))
                .getMessage());
        assertEquals("security option seccomp=" + "x".repeat(49) + "... is not supported yet", assertThrows(
                InvalidArgumentException.class, () -> SecurityOpts.noNewPrivileges(List.of("seccomp=" + "x".repeat(100))))
                .getMessage());
    }
}

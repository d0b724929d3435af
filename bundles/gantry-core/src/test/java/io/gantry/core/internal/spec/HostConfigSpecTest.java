package io.gantry.core.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.DnsSettings;
import io.gantry.api.container.SecurityOptions;
import io.gantry.api.container.monitor.FileChange.Kind;
import io.gantry.api.container.monitor.FileChange;
import io.gantry.core.internal.files.ContainerChanges;
import io.gantry.core.internal.network.ResolvConf;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parts of the host options: capability sets, resolv.conf text, diff filtering, the init binary. */
class HostConfigSpecTest {
    @Test
    void capabilitiesFollowDockersRules() {
        assertEquals(List.of("CAP_CHOWN"), CapabilitySet.of(security(List.of("chown"), List.of("all"))));
        List<String> allButAdmin = CapabilitySet.of(security(List.of("ALL"), List.of("sys_admin")));
        assertFalse(allButAdmin.contains("CAP_SYS_ADMIN"));
        assertTrue(allButAdmin.containsAll(List.of("CAP_SYS_PTRACE", "CAP_NET_ADMIN")));
        List<String> tweaked = CapabilitySet.of(security(List.of("CAP_NET_ADMIN", "net_admin"), List.of("Kill")));
        assertFalse(tweaked.contains("CAP_KILL"));
        assertEquals(SecurityDefaults.CAPABILITIES.size(), tweaked.size(), "one dropped, one added once");
        assertEquals(AllCapabilities.onHost(), CapabilitySet.of(new SecurityOptions(true, false, List.of(),
                List.of("ALL"), false)));
    }

    @Test
    void resolvConfKeepsOtherLinesAndReplacesOnlyWhatIsGiven() {
        List<String> host = List.of("# from the host", "domain corp.example", "nameserver 10.0.0.2", "options rotate");
        assertEquals("# from the host\nsearch a.test b.test\nnameserver 10.0.0.2\noptions rotate\n",
                ResolvConf.text(host, new DnsSettings(List.of(), List.of("a.test", "b.test"), List.of()), true));
        assertEquals("nameserver 8.8.8.8\nnameserver 8.8.4.4\n", ResolvConf.text(List.of(), DnsSettings.NONE, true));
        assertEquals("", ResolvConf.text(List.of(), DnsSettings.NONE, false), "no fallback on the host's network");
    }

    @Test
    void diffsLeaveOutTheEnginesMountPointsAndFoldersMadeOnlyForThem() {
        List<FileChange> changes = List.of(new FileChange("/etc", Kind.MODIFIED),
                new FileChange("/etc/hostname", Kind.ADDED), new FileChange("/etc/hosts", Kind.ADDED),
                new FileChange("/sbin", Kind.ADDED), new FileChange("/sbin/docker-init", Kind.ADDED),
                new FileChange("/var", Kind.MODIFIED), new FileChange("/var/log", Kind.ADDED),
                new FileChange("/etc2", Kind.ADDED));
        assertEquals(List.of(new FileChange("/var", Kind.MODIFIED), new FileChange("/var/log", Kind.ADDED),
                new FileChange("/etc2", Kind.ADDED)), ContainerChanges.withoutEngineMountPoints(changes, true));
        assertEquals(List.of(new FileChange("/sbin", Kind.ADDED), new FileChange("/sbin/docker-init", Kind.ADDED)),
                ContainerChanges.withoutEngineMountPoints(changes, false).subList(0, 2),
                "without --init the file is the container's own");
    }

    @Test
    void aMissingInitBinaryIsRefusedAtCreate() {
        ContainerConfig config = ContainerConfig.builder("busybox").init(true).build();
        FailedPreconditionException missing = assertThrows(FailedPreconditionException.class,
                () -> HostConfigSpec.check(config, "/opt/no/tini"));
        assertEquals("the init binary /opt/no/tini (init.binary) is not an executable file", missing.getMessage());
        HostConfigSpec.check(config.toBuilder().init(false).build(), "/opt/no/tini");
    }

    private static SecurityOptions security(List<String> add, List<String> drop) {
        return new SecurityOptions(false, false, add, drop, false);
    }
}

package io.gantry.ns.mnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import io.gantry.testkit.FakeSpecContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MountNamespaceProviderTest {
    private static final String ID = "f00dfeedcafe0123456789abcdef0123456789abcdef0123456789abcdef0123";

    @TempDir
    Path bundle;
    @TempDir
    Path hostEtc;
    private Path hostResolvConf;
    private MountNamespaceProvider provider;

    @BeforeEach
    void setUp() throws IOException {
        hostResolvConf = Files.writeString(hostEtc.resolve("resolv.conf"),
                "nameserver 127.0.0.53\nnameserver 192.0.2.53\nsearch lan\n");
        provider = new MountNamespaceProvider(TestConfigs.mountConfig(hostResolvConf));
    }

    private Spec contribute(ContainerConfig config) {
        Spec spec = new Spec();
        provider.contribute(spec, context(config));
        return spec;
    }

    private SpecContext context(ContainerConfig config) {
        return new FakeSpecContext(ID, config, bundle, Map.of(), Optional.empty());
    }

    private static ContainerConfig.Builder busybox() {
        return ContainerConfig.builder("busybox");
    }

    private static Mount mountAt(Spec spec, String destination) {
        return spec.mounts.stream().filter(m -> m.destination().equals(destination)).findFirst().orElseThrow();
    }

    private static List<String> destinations(Spec spec) {
        return spec.mounts.stream().map(Mount::destination).toList();
    }

    @Test
    void typeIsMnt() {
        assertEquals(NamespaceType.MNT, provider.type());
    }

    @Test
    void setsTheRootAndDockersStandardMounts() {
        Spec spec = contribute(busybox().build());
        assertEquals(bundle.resolve("rootfs").toString(), spec.root.path);
        assertEquals(List.of("/proc", "/dev", "/dev/pts", "/sys", "/sys/fs/cgroup", "/dev/mqueue",
                "/etc/hostname", "/etc/hosts", "/etc/resolv.conf"), destinations(spec));
        assertEquals(new Mount("/proc", "proc", "proc", List.of("nosuid", "noexec", "nodev")), spec.mounts.get(0));
        assertEquals(new Mount("/dev", "tmpfs", "tmpfs", List.of("nosuid", "strictatime", "mode=755", "size=65536k")),
                spec.mounts.get(1));
        assertEquals(new Mount("/dev/pts", "devpts", "devpts",
                List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5")), spec.mounts.get(2));
        assertEquals(new Mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", "ro")),
                spec.mounts.get(3));
        assertEquals(new Mount("/sys/fs/cgroup", "cgroup", "cgroup",
                List.of("nosuid", "noexec", "nodev", "relatime", "ro")), spec.mounts.get(4));
        assertEquals(new Mount("/dev/mqueue", "mqueue", "mqueue", List.of("nosuid", "noexec", "nodev")),
                spec.mounts.get(5));
    }

    @Test
    void masksAndProtectsDockersPathsOnce() {
        Spec spec = new Spec();
        spec.linux.maskedPaths.add("/proc/kcore");
        provider.contribute(spec, context(busybox().build()));
        assertEquals(List.of("/proc/kcore", "/proc/asound", "/proc/acpi", "/proc/keys", "/proc/latency_stats",
                "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware",
                "/sys/devices/virtual/powercap"), spec.linux.maskedPaths);
        assertEquals(List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"),
                spec.linux.readonlyPaths);
    }

    @Test
    void writesEtcFilesIntoBundleAndBindsThem() throws IOException {
        Spec spec = contribute(busybox().build());
        assertEquals("f00dfeedcafe\n", Files.readString(bundle.resolve("hostname")));
        assertEquals("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n127.0.1.1\tf00dfeedcafe\n",
                Files.readString(bundle.resolve("hosts")));
        assertEquals("nameserver 192.0.2.53\nsearch lan\n", Files.readString(bundle.resolve("resolv.conf")));
        for (String name : List.of("hostname", "hosts", "resolv.conf")) {
            assertEquals(new Mount("/etc/" + name, "bind", bundle.resolve(name).toString(),
                    List.of("rbind", "rprivate")), mountAt(spec, "/etc/" + name));
        }
    }

    @Test
    void requestedHostnameGoesIntoHostnameAndHosts() throws IOException {
        contribute(busybox().hostname("db.example.com").build());
        assertEquals("db.example.com\n", Files.readString(bundle.resolve("hostname")));
        assertTrue(Files.readString(bundle.resolve("hosts")).endsWith("127.0.1.1\tdb.example.com db\n"));
    }

    @Test
    void longestValidHostnameIsAccepted() throws IOException {
        String hostname = "a".repeat(62) + ".b";
        contribute(busybox().hostname(hostname).build());
        assertEquals(hostname + "\n", Files.readString(bundle.resolve("hostname")));
    }

    @Test
    void hostUtsModeUsesTheHostsHostname() throws IOException {
        contribute(busybox().utsMode(NamespaceMode.HOST).build());
        String kernelHostname = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        assertEquals(kernelHostname + "\n", Files.readString(bundle.resolve("hostname")));
    }

    @Test
    void containerUtsModeUsesThatContainersHostnameFile() throws IOException {
        int ownPid = (int) ProcessHandle.current().pid();
        ContainerConfig config = busybox().utsMode(NamespaceMode.container("peer")).build();
        provider.contribute(new Spec(), new FakeSpecContext(ID, config, bundle,
                Map.of("peer", ownPid), Optional.empty()));
        assertEquals(Files.readString(Path.of("/etc/hostname")).trim() + "\n",
                Files.readString(bundle.resolve("hostname")));
    }

    @Test
    void hostNetworkKeepsLoopbackNameservers() throws IOException {
        contribute(busybox().networkMode("host").build());
        assertEquals(Files.readString(hostResolvConf), Files.readString(bundle.resolve("resolv.conf")));
    }

    @Test
    void missingHostResolvConfGivesEmptyFile() throws IOException {
        Files.delete(hostResolvConf);
        contribute(busybox().build());
        assertEquals("", Files.readString(bundle.resolve("resolv.conf")));
    }

    @Test
    void modifiedConfigurationChangesTheResolverSource() throws IOException {
        Path other = Files.writeString(hostEtc.resolve("other.conf"), "nameserver 198.51.100.1\n");
        provider.modified(TestConfigs.mountConfig(other));
        contribute(busybox().build());
        assertEquals("nameserver 198.51.100.1\n", Files.readString(bundle.resolve("resolv.conf")));
    }

    @Test
    void usersOwnMountOnAnEtcFileIsKept() {
        Spec spec = new Spec();
        Mount own = Mount.bind("/srv/hosts", "/etc/hosts", "ro");
        spec.putMount(own);
        provider.contribute(spec, context(busybox().build()));
        assertEquals(own, mountAt(spec, "/etc/hosts"));
        assertEquals(1, spec.mounts.stream().filter(m -> m.destination().equals("/etc/hosts")).count());
    }

    @Test
    void mountsAddedEarlierUnderDevStayAfterDev() {
        Spec spec = new Spec();
        spec.putMount(new Mount("/dev/shm", "tmpfs", "shm", List.of()));
        provider.contribute(spec, context(busybox().build()));
        List<String> destinations = destinations(spec);
        assertTrue(destinations.indexOf("/dev") < destinations.indexOf("/dev/shm"), destinations.toString());
    }

    @Test
    void usernsWithSharedNamespacesBindsProcAndSysAndDropsMqueue() {
        Spec spec = contribute(busybox().userns(true).pidMode(NamespaceMode.HOST).ipcMode(NamespaceMode.HOST)
                .networkMode("host").build());
        assertEquals(new Mount("/proc", "bind", "/proc", List.of("rbind", "nosuid", "noexec", "nodev")),
                mountAt(spec, "/proc"));
        assertEquals(new Mount("/sys", "bind", "/sys", List.of("rbind", "nosuid", "noexec", "nodev", "ro")),
                mountAt(spec, "/sys"));
        assertFalse(destinations(spec).contains("/dev/mqueue"));
    }

    @Test
    void usernsWithDriverPreparedNetworkNamespaceBindsSys() {
        Spec spec = new Spec();
        provider.contribute(spec, new FakeSpecContext(ID, busybox().userns(true).build(), bundle,
                Map.of(), Optional.of(Path.of("/run/gantry/netns/x"))));
        assertEquals("bind", mountAt(spec, "/sys").type());
        assertEquals("proc", mountAt(spec, "/proc").type());
        assertEquals("mqueue", mountAt(spec, "/dev/mqueue").type());
    }

    @Test
    void usernsWithPrivateNamespacesKeepsRealFileSystems() {
        Spec spec = contribute(busybox().userns(true).build());
        assertEquals("proc", mountAt(spec, "/proc").type());
        assertEquals("sysfs", mountAt(spec, "/sys").type());
        assertEquals("mqueue", mountAt(spec, "/dev/mqueue").type());
    }
}

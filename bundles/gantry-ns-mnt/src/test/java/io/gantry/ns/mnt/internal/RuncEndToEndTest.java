package io.gantry.ns.mnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import io.gantry.ns.cgroup.internal.CgroupNamespaceProvider;
import io.gantry.ns.ipc.internal.IpcNamespaceProvider;
import io.gantry.ns.net.internal.NetworkNamespaceProvider;
import io.gantry.ns.pid.internal.PidNamespaceProvider;
import io.gantry.ns.user.internal.UserNamespaceConfig;
import io.gantry.ns.user.internal.UserNamespaceProvider;
import io.gantry.ns.uts.internal.UtsNamespaceProvider;
import io.gantry.testkit.BusyboxRootfs;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds specs with all seven namespace providers, in an order unlike the natural one, and runs them through
 * the real runc with a busybox rootfs. The script prints key=value lines that the assertions read.
 */
class RuncEndToEndTest {
    private static final String REPORT = String.join("; ",
            "echo hostname=$(hostname)", "echo etc_hostname=$(cat /etc/hostname)",
            "echo hosts_entry=$(grep 127.0.1.1 /etc/hosts)", "echo resolv=$(grep nameserver /etc/resolv.conf)",
            "echo net=$(ls /sys/class/net)", "echo timer_list=$(wc -c < /proc/timer_list)",
            "echo proc_sys=$(grep ' /proc/sys ' /proc/mounts | cut -d' ' -f4 | cut -d, -f1)",
            "echo shm=$(grep ' /dev/shm ' /proc/mounts | cut -d' ' -f3)",
            "echo mqueue=$(grep ' /dev/mqueue ' /proc/mounts | cut -d' ' -f3)",
            "echo pid=$$", "echo pid1=$(cat /proc/1/comm)", "echo uid_map=$(cat /proc/self/uid_map | tr -s ' ')",
            "echo cgroups=$(cut -d: -f3 /proc/self/cgroup | sort -u)",
            "for ns in net pid ipc uts; do echo ns_$ns=$(readlink /proc/self/ns/$ns); done");

    @TempDir
    Path tmp;
    private Runc runc;
    private List<NamespaceProvider> providers;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Runc.available() && Files.isExecutable(BusyboxRootfs.HOST_BUSYBOX), "needs runc and busybox-static");
        assumeTrue("root".equals(System.getProperty("user.name")), "runc needs root");
        runc = new Runc(Files.createDirectory(tmp.resolve("runc-state")));
        Path hostResolvConf = Files.writeString(tmp.resolve("host-resolv.conf"),
                "nameserver 127.0.0.53\nnameserver 192.0.2.53\n");
        providers = List.of(new CgroupNamespaceProvider(), new UserNamespaceProvider(userRange()),
                new MountNamespaceProvider(TestConfigs.mountConfig(hostResolvConf)), new IpcNamespaceProvider(),
                new UtsNamespaceProvider(), new NetworkNamespaceProvider(), new PidNamespaceProvider());
    }

    @AfterEach
    void deleteContainers() throws IOException, InterruptedException {
        if (runc != null) {
            runc.deleteAll();
        }
    }

    @Test
    void privateNamespacesGiveAnIsolatedContainer() throws Exception {
        String id = newId();
        Map<String, String> report = run(id, ContainerConfig.builder("busybox").build(), Map.of());
        String shortId = id.substring(0, 12);
        assertEquals(shortId, report.get("hostname"));
        assertEquals(shortId, report.get("etc_hostname"));
        assertEquals("127.0.1.1 " + shortId, report.get("hosts_entry"));
        assertEquals("nameserver 192.0.2.53", report.get("resolv"));
        assertEquals("lo", report.get("net"));
        assertEquals("0", report.get("timer_list"));
        assertEquals("ro", report.get("proc_sys"));
        assertEquals("tmpfs", report.get("shm"));
        assertEquals("mqueue", report.get("mqueue"));
        assertEquals("1", report.get("pid"));
        assertEquals("0 0 4294967295", report.get("uid_map"));
        assertEquals("/", report.get("cgroups"));
    }

    @Test
    void usernsRunsWithHostNamespacesThroughBindFallbacks() throws Exception {
        ContainerConfig config = ContainerConfig.builder("busybox").userns(true).networkMode("host")
                .pidMode(NamespaceMode.HOST).ipcMode(NamespaceMode.HOST).utsMode(NamespaceMode.HOST).build();
        Map<String, String> report = run(newId(), config, Map.of());
        String hostHostname = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        assertEquals("0 100000 65536", report.get("uid_map"));
        assertEquals(hostHostname, report.get("hostname"));
        assertEquals(hostHostname, report.get("etc_hostname"));
        assertEquals(hostNetworkInterfaces(), report.get("net"));
        assertEquals("nameserver 127.0.0.53 nameserver 192.0.2.53", report.get("resolv"));
        assertNotEquals("1", report.get("pid"));
        assertEquals("", report.get("mqueue"));
        assertEquals(Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString(), report.get("ns_net"));
    }

    @Test
    void containerModesJoinAnotherContainersNamespaces() throws Exception {
        String targetId = newId();
        Spec targetSpec = spec(targetId, ContainerConfig.builder("busybox").hostname("target.example").build(),
                Map.of(), List.of("/bin/sleep", "60"));
        int targetPid = runc.start(targetId, bundleOf(targetId), targetSpec);

        NamespaceMode target = NamespaceMode.container("target");
        ContainerConfig joiner = ContainerConfig.builder("busybox").pidMode(target).ipcMode(target)
                .utsMode(target).networkMode("container:target").build();
        Map<String, String> report = run(newId(), joiner, Map.of("target", targetPid));
        assertEquals("target.example", report.get("hostname"));
        assertEquals("target.example", report.get("etc_hostname"));
        assertEquals("sleep", report.get("pid1"));
        assertEquals("tmpfs", report.get("shm"));
        for (String ns : List.of("net", "pid", "ipc", "uts")) {
            assertEquals(Files.readSymbolicLink(Path.of("/proc/" + targetPid + "/ns/" + ns)).toString(),
                    report.get("ns_" + ns), ns);
        }
    }

    private Map<String, String> run(String id, ContainerConfig config, Map<String, Integer> running)
            throws Exception {
        Spec spec = spec(id, config, running, List.of("/bin/sh", "-c", REPORT));
        String output = runc.run(id, bundleOf(id), spec);
        Map<String, String> report = new LinkedHashMap<>();
        output.lines().map(line -> line.split("=", 2)).filter(kv -> kv.length == 2)
                .forEach(kv -> report.put(kv[0], kv[1].trim()));
        assertFalse(report.isEmpty(), output);
        return report;
    }

    private Spec spec(String id, ContainerConfig config, Map<String, Integer> running, List<String> args)
            throws IOException {
        Path bundle = BusyboxBundle.create(tmp, id);
        SpecContext context = BusyboxBundle.context(id, config, bundle, running);
        Spec spec = new Spec();
        spec.process.args.addAll(args);
        spec.process.env.add("PATH=/bin");
        providers.forEach(provider -> provider.contribute(spec, context));
        return spec;
    }

    private Path bundleOf(String id) {
        return tmp.resolve(id);
    }

    private static String newId() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private static String hostNetworkInterfaces() throws IOException {
        try (Stream<Path> links = Files.list(Path.of("/sys/class/net"))) {
            return links.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(" "));
        }
    }

    private static UserNamespaceConfig userRange() {
        return new UserNamespaceConfig() {
            @Override
            public long remap_uid_base() {
                return 100000;
            }

            @Override
            public long remap_size() {
                return 65536;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return UserNamespaceConfig.class;
            }
        };
    }
}

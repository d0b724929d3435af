package io.gantry.core.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.DeviceMapping;
import io.gantry.api.container.Resources;
import io.gantry.api.container.SecurityOptions;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.LinuxResources.DeviceRule;
import io.gantry.api.oci.Rlimit;
import io.gantry.api.oci.Spec;
import io.gantry.cgroup.devices.internal.DevicesController;
import io.gantry.core.internal.FakeMemoryController;
import io.gantry.core.internal.FakeNamespace;
import io.gantry.core.internal.TestProviders;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerIndex;
import io.gantry.core.internal.state.ContainerRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecBuilderTest {
    static final String ID = "0123456789abcdef".repeat(4);

    @TempDir
    Path rootfs;
    ProviderDirectory providers = TestProviders.directory();
    SpecBuilder builder = new SpecBuilder(providers, new ContainerIndex());

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(rootfs.resolve("etc/passwd"),
                "root:x:0:0:root:/root:/bin/sh\nwww:x:33:34::/var/www:/bin/false\n");
        Files.writeString(rootfs.resolve("etc/group"), "root:x:0:\nwww:x:34:\nlogs:x:50:www,root\n");
        providers.bindNamespaceProvider(FakeNamespace.uts(), Map.of());
        providers.bindCgroupController(new FakeMemoryController(), Map.of());
        providers.bindCgroupController(new DevicesController(), Map.of());
    }

    @Test
    void engineDefaults() {
        Spec spec = build(ContainerConfig.builder("busybox").build(), image(List.of("/entry"), List.of("arg")));
        assertEquals(List.of("/entry", "arg"), spec.process.args);
        assertEquals("/", spec.process.cwd);
        assertFalse(spec.process.terminal);
        assertFalse(spec.process.noNewPrivileges);
        assertEquals(SecurityDefaults.CAPABILITIES, spec.process.capabilities.bounding);
        assertEquals(SecurityDefaults.CAPABILITIES, spec.process.capabilities.effective);
        assertEquals(SecurityDefaults.CAPABILITIES, spec.process.capabilities.permitted);
        assertEquals(14, spec.process.capabilities.bounding.size());
        Rlimit nofile = spec.process.rlimits.get(0);
        assertEquals("RLIMIT_NOFILE", nofile.type());
        assertTrue(nofile.soft() <= 1024 && nofile.hard() == nofile.soft());
        assertEquals("/gantry/" + ID, spec.linux.cgroupsPath);
        assertEquals(rootfs.toString(), spec.root.path);
        assertEquals(new DeviceRule(false, null, null, null, "rwm"), spec.linux.resources.devices.get(0));
        assertTrue(spec.linux.resources.devices.contains(new DeviceRule(true, "c", 136L, null, "rwm")));
        assertTrue(spec.linux.resources.devices.contains(new DeviceRule(true, "c", 10L, 200L, "rwm")));
        assertTrue(spec.linux.resources.devices.contains(new DeviceRule(true, "b", null, null, "m")));
        assertEquals(13, spec.linux.resources.devices.size());
    }

    @Test
    void providersContributeTheirParts() {
        ContainerConfig config = ContainerConfig.builder("busybox").hostname("box")
                .resources(Resources.NONE.withMemory(64L << 20)).tty(true).build();
        Spec spec = build(config, image(null, List.of("sh")));
        assertEquals(List.of(new LinuxNamespace("uts", null)), spec.linux.namespaces);
        assertEquals("box", spec.hostname);
        assertEquals(64L << 20, spec.linux.resources.memory.limit());
        assertTrue(spec.process.terminal);
        assertTrue(spec.process.env.contains("HOSTNAME=box"));
    }

    @Test
    void environmentMergesImageAndConfig() {
        ImageConfig image = new ImageConfig(List.of("PATH=/image/bin", "A=image", "B=image"), null, List.of("sh"),
                "/work", "www", Map.of(), null);
        ContainerConfig config = ContainerConfig.builder("busybox").env(List.of("B=config", "C=c=d", "A")).build();
        Spec spec = build(config, image);
        assertEquals(List.of("PATH=/image/bin", "B=config", "C=c=d", "HOSTNAME=" + ID.substring(0, 12)),
                spec.process.env);
        assertEquals("/work", spec.process.cwd);
        assertEquals(33, spec.process.user.uid);
        assertEquals(34, spec.process.user.gid);
        assertEquals(List.of(50), spec.process.user.additionalGids);
    }

    @Test
    void configOverridesUserAndWorkingDir() {
        ImageConfig image = new ImageConfig(List.of(), null, List.of("sh"), "/work", "www", Map.of(), null);
        Spec spec = build(ContainerConfig.builder("busybox").user("1000:logs").workingDir("/tmp").build(), image);
        assertEquals(1000, spec.process.user.uid);
        assertEquals(50, spec.process.user.gid);
        assertEquals("/tmp", spec.process.cwd);
        assertTrue(spec.process.env.contains("PATH=" + ProcessDefaults.DEFAULT_PATH));
    }

    @Test
    void deviceMappingsFollowTheDefaultAllowList() {
        Spec spec = build(ContainerConfig.builder("busybox").devices(List.of(new DeviceMapping("/dev/kmsg", null,
                null))).build(), image(null, List.of("sh")));
        assertEquals(new DeviceRule(false, null, null, null, "rwm"), spec.linux.resources.devices.get(0));
        assertEquals(new DeviceRule(true, "c", 1L, 11L, "rwm"), spec.linux.resources.devices.get(13));
        assertEquals(14, spec.linux.resources.devices.size());
    }

    @Test
    void refusesToRunAContainerThatNoDevicesControllerWouldConfine() {
        builder = new SpecBuilder(TestProviders.directory(), new ContainerIndex());
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> build(ContainerConfig.builder("busybox").build(), image(null, List.of("sh"))));
        assertEquals("no cgroup controller named devices is installed: containers cannot be confined",
                e.getMessage());
        SecurityOptions privileged = new SecurityOptions(true, false, List.of(), List.of(), false);
        Spec spec = build(ContainerConfig.builder("busybox").security(privileged).build(), image(null, List.of("sh")));
        assertEquals(List.of(new DeviceRule(true, null, null, null, "rwm")), spec.linux.resources.devices);
    }

    private Spec build(ContainerConfig config, ImageConfig image) {
        ContainerRecord record = new ContainerRecord();
        record.id = ID;
        record.config = config;
        record.imageConfig = image;
        record.cgroupsPath = "/gantry/" + ID;
        return builder.build(record, rootfs, rootfs.resolveSibling("bundle"), ContainerNetworks.Setup.NONE, "", Map.of());
    }

    private static ImageConfig image(List<String> entrypoint, List<String> cmd) {
        return new ImageConfig(List.of(), entrypoint, cmd, null, null, Map.of(), null);
    }
}

package io.gantry.cgroup.devices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.api.oci.LinuxResources.DeviceRule;
import io.gantry.testkit.FakeCgroupDir;
import io.gantry.testkit.KernelCgroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevicesControllerTest {
    private static final String PATH = FakeCgroupDir.CGROUPS_PATH;
    private final DevicesController controller = new DevicesController();
    @TempDir
    Path root;

    private static Resources rules(String... rules) {
        return Resources.builder().deviceCgroupRules(List.of(rules)).build();
    }

    @Test
    void theDefaultListComesBeforeWhatOthersAdded() {
        LinuxResources out = new LinuxResources();
        DeviceRule mapped = new DeviceRule(true, "c", 1L, 11L, "r");
        out.devices.add(mapped);
        controller.contribute(rules("c 4:64 rw"), out);
        assertEquals(new DeviceRule(false, null, null, null, "rwm"), out.devices.get(0));
        assertEquals(DefaultDeviceRules.RULES, out.devices.subList(0, 13));
        assertEquals(List.of(new DeviceRule(true, "c", 4L, 64L, "rw"), mapped), out.devices.subList(13, 15));
    }

    @Test
    void aConfinedCgroupIsNotDeniedEverythingAgain() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("devices.list", "c 1:3 rwm\nc *:* m\n", "devices.deny", "",
                "devices.allow", ""));
        controller.update(rules("c 4:64 rw"), CgroupLayout.v1(Map.of("devices", root)), PATH);
        assertEquals("", Files.readString(dir.resolve("devices.deny")));
        assertEquals("c 4:64 rw", Files.readString(dir.resolve("devices.allow")));
        assertEquals(Map.of("rules", 2L), controller.stats(CgroupLayout.v1(Map.of("devices", root)), PATH));
    }

    @Test
    void confinesARealCgroupAndItsProcesses() throws IOException, InterruptedException {
        CgroupLayout layout = CgroupLayout.detect();
        try (KernelCgroup cgroup = KernelCgroup.create("devices")) {
            assertEquals(0, opens(cgroup, "/dev/kmsg"), "a new cgroup allows every device");
            controller.update(rules("c 4:64 rw"), layout, cgroup.cgroupsPath());
            List<String> listed = Files.readAllLines(cgroup.dir("devices").resolve("devices.list"));
            assertFalse(listed.contains("a *:* rwm"), listed.toString());
            assertTrue(listed.containsAll(List.of("c 1:3 rwm", "c 136:* rwm", "b *:* m", "c 4:64 rw")),
                    listed.toString());
            assertEquals(0, opens(cgroup, "/dev/zero"), "the default list allows /dev/zero");
            assertEquals(1, opens(cgroup, "/dev/kmsg"), "/dev/kmsg is not on the list");

            controller.update(rules("c 1:11 r"), layout, cgroup.cgroupsPath());
            assertEquals(Map.of("rules", 14L), controller.stats(layout, cgroup.cgroupsPath()));
            assertEquals(0, opens(cgroup, "/dev/kmsg"), "a later rule allows /dev/kmsg");
        }
    }

    /** The exit code of a member of {@code cgroup} that opens {@code device} for reading. */
    private static int opens(KernelCgroup cgroup, String device) throws IOException, InterruptedException {
        Process member = cgroup.startMember("exec /bin/busybox sh -c ': < " + device + "'");
        assertTrue(member.waitFor(10, TimeUnit.SECONDS), "the member exits");
        return member.exitValue();
    }
}

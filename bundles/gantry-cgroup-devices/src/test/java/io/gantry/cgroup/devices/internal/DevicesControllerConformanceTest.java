package io.gantry.cgroup.devices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.api.oci.LinuxResources.DeviceRule;
import io.gantry.testkit.FakeCgroupDir;
import io.gantry.testkit.conformance.CgroupControllerConformanceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The devices controller runs the cgroup controller suite: --device-cgroup-rule. Two of the suite's checks do not
 * fit it and are skipped by {@link ChecksThatDoNotFit}; the tests below check what it does instead.
 */
@ExtendWith(DevicesControllerConformanceTest.ChecksThatDoNotFit.class)
class DevicesControllerConformanceTest extends CgroupControllerConformanceTest {
    private static final String USER_RULE = "c 4:64 rw";

    @Override
    protected CgroupController createController() {
        return new DevicesController();
    }

    @Override
    protected Resources settings() {
        return Resources.builder().deviceCgroupRules(List.of(USER_RULE)).build();
    }

    @Override
    protected LinuxResources contributed() {
        LinuxResources out = new LinuxResources();
        out.devices.addAll(DefaultDeviceRules.RULES);
        out.devices.add(new DeviceRule(true, "c", 4L, 64L, "rw"));
        return out;
    }

    /** A real v1 cgroup lists the twelve default allow rules and the user's rule once confined. */
    @Override
    protected Map<String, Long> statsAfterUpdate() {
        return Map.of("rules", 13L);
    }

    @Override
    protected Map<String, Resources> invalidSettings() {
        return Map.of("invalid device cgroup format 'c 1:3'", rules("c 1:3"),
                "invalid device cgroup format 'x 1:3 rwm'", rules("b *:* m", "x 1:3 rwm"),
                "invalid device cgroup format 'c 1:3 rwx'", rules("c 1:3 rwx"));
    }

    private static Resources rules(String... rules) {
        return Resources.builder().deviceCgroupRules(List.of(rules)).build();
    }

    @Override
    protected Map<String, String> v1Files() {
        return Map.of("devices.list", "a *:* rwm\n", "devices.allow", "", "devices.deny", "");
    }

    @Override
    protected Map<String, Long> v1Stats() {
        return Map.of("rules", 1L);
    }

    @Override
    protected Map<String, String> v2Files() {
        return Map.of("cgroup.procs", "");
    }

    @Override
    protected Map<String, Long> v2Stats() {
        return Map.of();
    }

    /** In place of the suite's ignoresSettingsThatAreNotItsOwn: other settings contribute the default list only. */
    @Test
    void contributesTheDefaultListWhateverElseIsSet() {
        Resources others = Resources.builder().memoryBytes(64L << 20).pidsLimit(100L).cpuShares(512L)
                .hugepageLimits(List.of()).build();
        assertEquals(DefaultDeviceRules.RULES, contribute(Resources.NONE).devices);
        assertEquals(DefaultDeviceRules.RULES, contribute(others).devices);
        assertEquals(contributed().devices,
                contribute(others.toBuilder().deviceCgroupRules(List.of(USER_RULE)).build()).devices);
    }

    /** In place of the suite's appliesLiveUpdatesOnV1AndV2: a fake v1 cgroup records the writes, v2 refuses. */
    @Test
    void writesLiveUpdatesOnV1AndRefusesThemOnV2() throws IOException {
        Path v1 = Files.createDirectory(root.resolve("v1"));
        Path dir = FakeCgroupDir.under(v1, v1Files());
        controller.update(settings(), v1Layout(v1), FakeCgroupDir.CGROUPS_PATH);
        assertEquals("a", Files.readString(dir.resolve("devices.deny")), "an allow-all cgroup is confined first");
        assertEquals(USER_RULE, Files.readString(dir.resolve("devices.allow")), "the user's rule comes last");

        Path v2 = Files.createDirectory(root.resolve("v2"));
        FakeCgroupDir.under(v2, v2Files());
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> controller.update(settings(), CgroupLayout.v2(v2), FakeCgroupDir.CGROUPS_PATH));
        assertTrue(e.getMessage().contains("cgroup v2") && e.getMessage().contains(FakeCgroupDir.CGROUPS_PATH),
                e.getMessage());
    }

    /**
     * Every container gets the default allow-list, so contribute is never empty, even without settings; and the v1
     * figure (the lines of devices.list) is computed by the kernel, which a fake directory cannot do, while v2 keeps
     * the rules in an eBPF program and refuses live updates.
     */
    static final class ChecksThatDoNotFit implements ExecutionCondition {
        private static final Map<String, String> REASONS = Map.of("ignoresSettingsThatAreNotItsOwn",
                "the default device allow-list is contributed even when no setting is given",
                "appliesLiveUpdatesOnV1AndV2",
                "only the kernel lists applied device rules (v1), and v2 refuses live device updates");

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getTestMethod().map(m -> REASONS.get(m.getName()))
                    .map(ConditionEvaluationResult::disabled)
                    .orElse(ConditionEvaluationResult.enabled("a check that fits the devices controller"));
        }
    }

    private LinuxResources contribute(Resources resources) {
        LinuxResources out = new LinuxResources();
        controller.contribute(resources, out);
        return out;
    }
}

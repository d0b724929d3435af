package io.gantry.cgroup.devices.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupFiles;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.api.oci.LinuxResources.DeviceRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * The devices controller: every container gets Docker's default allow-list, then the user's --device-cgroup-rule
 * entries. On v1 a live update writes devices.deny / devices.allow; v2 enforces devices with an eBPF program that
 * only the runtime installs, so a live update there is refused.
 */
@Component(service = CgroupController.class)
public class DevicesController implements CgroupController {
    static final String NAME = "devices";
    private static final String ALLOW_ALL = "a *:* rwm";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void contribute(Resources resources, LinuxResources out) {
        out.devices.addAll(0, rules(resources));
    }

    /** v1: "rules", the number of entries in devices.list. v2 keeps the rules in eBPF and has no file for them. */
    @Override
    public Map<String, Long> stats(CgroupLayout layout, String cgroupsPath) {
        if (layout.version() != CgroupVersion.V1) {
            return Map.of();
        }
        return layout.dir(NAME, cgroupsPath).flatMap(dir -> listed(dir.resolve("devices.list")))
                .map(lines -> Map.of("rules", (long) lines.size())).orElse(Map.of());
    }

    @Override
    public void update(Resources resources, CgroupLayout layout, String cgroupsPath) {
        if (resources.deviceCgroupRules() == null) {
            return;
        }
        List<DeviceRule> rules = rules(resources);
        if (layout.version() != CgroupVersion.V1) {
            throw new FailedPreconditionException("cannot update the device rules of " + cgroupsPath
                    + " on cgroup v2: the devices controller there is an eBPF program only the runtime sets");
        }
        Path dir = layout.dir(NAME, cgroupsPath).orElseThrow(() -> new FailedPreconditionException(
                "cannot update the device rules of " + cgroupsPath + ": the devices controller is not mounted ("
                        + layout + ")"));
        boolean confined = listed(dir.resolve("devices.list")).map(lines -> !lines.contains(ALLOW_ALL)).orElse(false);
        for (DeviceRule rule : rules) {
            if (rule.allow()) {
                CgroupFiles.write(dir.resolve("devices.allow"), DeviceCgroupRule.line(rule));
            } else if (!confined) {
                CgroupFiles.write(dir.resolve("devices.deny"), DeviceCgroupRule.line(rule));
            }
        }
    }

    /** The default allow-list followed by the user's rules, all checked before anything is written. */
    private static List<DeviceRule> rules(Resources resources) {
        List<DeviceRule> rules = new ArrayList<>(DefaultDeviceRules.RULES);
        if (resources.deviceCgroupRules() != null) {
            rules.addAll(DeviceCgroupRule.parseAll(resources.deviceCgroupRules()));
        }
        return rules;
    }

    private static Optional<List<String>> listed(Path devicesList) {
        try {
            return Optional.of(Files.readAllLines(devicesList).stream().filter(l -> !l.isBlank()).toList());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

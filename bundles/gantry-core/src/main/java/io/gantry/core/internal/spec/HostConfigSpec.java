package io.gantry.core.internal.spec;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.oci.Box;
import io.gantry.api.oci.Spec;
import io.gantry.core.internal.network.ExtraHosts;
import io.gantry.core.internal.network.FixedAddresses;
import io.gantry.core.internal.network.ResolvConf;
import io.gantry.core.internal.state.ContainerRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The options of Docker's HostConfig that shape the spec after the providers did their part: security, /dev/shm,
 * sysctls, ulimits, extra groups, devices, --init, the domain name, the terminal's first size, DNS, extra
 * hosts, the OOM score adjustment and the cgroup parent. Everything that can be checked without the root file system is checked at create.
 */
public final class HostConfigSpec {
    private HostConfigSpec() {
    }

    public static void check(ContainerConfig config, String initBinary) {
        CapabilitySet.check(config.security());
        ShmSize.check(config.shmSizeBytes());
        Sysctls.check(config);
        Ulimits.check(config.ulimits());
        UserResolver.checkGroupNumbers(config.groupAdd());
        DeviceMappings.check(config.devices());
        ResolvConf.check(config);
        ExtraHosts.check(config);
        FixedAddresses.check(config.networkMode(), new EndpointConfig(List.of(), config.ipv4Address(),
                config.ipv6Address()));
        if (config.init()) {
            InitProcess.binary(initBinary);
        }
        NetworkIdentity.check(config);
        OomScoreAdj.check(config.oomScoreAdj());
        CgroupParent.check(config.cgroupParent());
    }

    static void apply(Spec spec, ContainerRecord record, Path bundleDir, Path rootfs, String initBinary) {
        ContainerConfig config = record.config;
        ShmSize.apply(spec, config.shmSizeBytes());
        spec.linux.sysctl.putAll(config.sysctls());
        Ulimits.apply(spec.process.rlimits, config.ulimits());
        if (!config.groupAdd().isEmpty()) {
            Set<Integer> groups = new LinkedHashSet<>(spec.process.user.additionalGids == null ? List.of()
                    : spec.process.user.additionalGids);
            groups.addAll(UserResolver.groupIds(config.groupAdd(), rootfs));
            spec.process.user.additionalGids = new ArrayList<>(groups);
        }
        if (config.init()) {
            InitProcess.apply(spec, InitProcess.binary(initBinary));
        }
        NetworkIdentity.apply(spec, config);
        if (config.tty() && config.consoleSize() != null) {
            spec.process.consoleSize = new Box(config.consoleSize().height(), config.consoleSize().width());
        }
        SecuritySpec.apply(spec, config);
        DeviceMappings.apply(spec, config.devices());
        ResolvConf.apply(spec, bundleDir, config);
        ExtraHosts.apply(spec, bundleDir, config, firstGateway(record));
        OomScoreAdj.apply(spec, config.oomScoreAdj());
    }

    private static String firstGateway(ContainerRecord record) {
        if (record.networks == null || record.networks.isEmpty() || record.networks.get(0).attachment() == null) {
            return null;
        }
        return record.networks.get(0).attachment().gateway();
    }
}

package io.gantry.shell.internal.container;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.shell.internal.args.DeviceRates;
import java.util.List;
import org.apache.karaf.shell.api.action.Option;

/** The resource and cgroup options of container:create and container:run that only a new container takes. */
abstract class ResourceOptions extends UpdatableResources {
    @Option(name = "--memory-swappiness", description = "Swappiness 0..100, -1 for the host's")
    Long memorySwappiness;
    @Option(name = "--oom-kill-disable", description = "Keep the OOM killer away from the container")
    boolean oomKillDisable;
    @Option(name = "--oom-score-adj", description = "OOM score adjustment of its processes, -1000..1000")
    Integer oomScoreAdj;
    @Option(name = "--blkio-weight-device", multiValued = true, description = "Per-device IO weight DEVICE:WEIGHT")
    List<String> blkioWeightDevices = List.of();
    @Option(name = "--device-read-bps", multiValued = true, description = "Read limit DEVICE:SIZE, e.g. /dev/sda:1mb")
    List<String> deviceReadBps = List.of();
    @Option(name = "--device-write-bps", multiValued = true, description = "Write limit DEVICE:SIZE")
    List<String> deviceWriteBps = List.of();
    @Option(name = "--device-read-iops", multiValued = true, description = "Read limit DEVICE:OPS per second")
    List<String> deviceReadIops = List.of();
    @Option(name = "--device-write-iops", multiValued = true, description = "Write limit DEVICE:OPS per second")
    List<String> deviceWriteIops = List.of();
    @Option(name = "--device-cgroup-rule", multiValued = true, description = "Device cgroup rule, e.g. 'c 1:3 rwm'")
    List<String> deviceCgroupRules = List.of();
    @Option(name = "--cgroup-parent", description = "Cgroup the container's own cgroup is made under")
    String cgroupParent;
    @Option(name = "--cgroupns", description = "Cgroup namespace: private (default) or host")
    String cgroupns;

    ContainerConfig.Builder resourceOptions(ContainerConfig.Builder config) {
        return config.resources(updatableResources()
                        .memorySwappiness(memorySwappiness == null || memorySwappiness == -1 ? null : memorySwappiness)
                        .oomKillDisable(oomKillDisable ? Boolean.TRUE : null)
                        .blkioWeightDevices(DeviceRates.weights(blkioWeightDevices))
                        .deviceReadBps(DeviceRates.bytesPerSecond("--device-read-bps", deviceReadBps))
                        .deviceWriteBps(DeviceRates.bytesPerSecond("--device-write-bps", deviceWriteBps))
                        .deviceReadIops(DeviceRates.iops("--device-read-iops", deviceReadIops))
                        .deviceWriteIops(DeviceRates.iops("--device-write-iops", deviceWriteIops))
                        .deviceCgroupRules(deviceCgroupRules.isEmpty() ? null : deviceCgroupRules).build())
                .oomScoreAdj(oomScoreAdj).cgroupParent(cgroupParent).cgroupnsMode(cgroupnsMode());
    }

    private NamespaceMode cgroupnsMode() {
        if (cgroupns == null || cgroupns.equals("private")) {
            return NamespaceMode.PRIVATE;
        }
        if (cgroupns.equals("host")) {
            return NamespaceMode.HOST;
        }
        throw new InvalidArgumentException("invalid --cgroupns mode '" + cgroupns + "': expected host or private");
    }
}

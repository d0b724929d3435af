package io.gantry.daemon.internal.route.container.body;

import static io.gantry.daemon.internal.json.JsonKind.ARRAY;
import static io.gantry.daemon.internal.json.JsonKind.BOOLEAN;
import static io.gantry.daemon.internal.json.JsonKind.INTEGER;
import static io.gantry.daemon.internal.json.JsonKind.OBJECT;
import static io.gantry.daemon.internal.json.JsonKind.STRING;
import static io.gantry.daemon.internal.json.JsonKind.STRINGS;
import static io.gantry.daemon.internal.json.JsonKind.STRING_MAP;
import static io.gantry.daemon.internal.json.JsonKind.STRING_OR_STRINGS;

import io.gantry.daemon.internal.json.BodySchema;

/**
 * The create and update bodies of API v1.41, with the Go types of dockerd's structs as JSON kinds; unknown fields
 * pass, as they do in dockerd.
 */
final class ContainerSchemas {
    private static final BodySchema RESOURCES = new BodySchema()
            .with(INTEGER, "CpuShares", "Memory", "NanoCpus", "BlkioWeight", "CpuPeriod", "CpuQuota",
                    "CpuRealtimePeriod", "CpuRealtimeRuntime", "KernelMemory", "KernelMemoryTCP",
                    "MemoryReservation", "MemorySwap", "MemorySwappiness", "PidsLimit", "CpuCount", "CpuPercent",
                    "IOMaximumIOps", "IOMaximumBandwidth")
            .with(STRING, "CgroupParent", "CpusetCpus", "CpusetMems")
            .with(ARRAY, "BlkioWeightDevice", "BlkioDeviceReadBps", "BlkioDeviceWriteBps", "BlkioDeviceReadIOps",
                    "BlkioDeviceWriteIOps", "Devices", "DeviceRequests", "Ulimits")
            .with(STRINGS, "DeviceCgroupRules")
            .with(BOOLEAN, "OomKillDisable", "Init");

    private static final BodySchema RESTART_POLICY = new BodySchema().with(STRING, "Name")
            .with(INTEGER, "MaximumRetryCount");

    static final BodySchema UPDATE = new BodySchema().withAll(RESOURCES).with("RestartPolicy", RESTART_POLICY);

    private static final BodySchema HOST_CONFIG = new BodySchema().withAll(RESOURCES)
            .with(STRINGS, "Binds", "VolumesFrom", "Dns", "DnsOptions", "DnsSearch", "ExtraHosts", "GroupAdd",
                    "Links", "SecurityOpt", "MaskedPaths", "ReadonlyPaths")
            .with(STRING, "ContainerIDFile", "NetworkMode", "VolumeDriver", "CgroupnsMode", "IpcMode", "Cgroup",
                    "PidMode", "UTSMode", "UsernsMode", "Runtime", "Isolation")
            .with(STRING_OR_STRINGS, "CapAdd", "CapDrop")
            .with(BOOLEAN, "AutoRemove", "Privileged", "PublishAllPorts", "ReadonlyRootfs")
            .with(INTEGER, "OomScoreAdj", "ShmSize")
            .with(STRING_MAP, "StorageOpt", "Tmpfs", "Sysctls")
            .with(OBJECT, "PortBindings")
            .with(ARRAY, "ConsoleSize", "Mounts")
            .with("RestartPolicy", RESTART_POLICY)
            .with("LogConfig", new BodySchema().with(STRING, "Type").with(STRING_MAP, "Config"));

    static final BodySchema CREATE = new BodySchema()
            .with(STRING, "Hostname", "Domainname", "User", "Image", "WorkingDir", "MacAddress", "StopSignal")
            .with(BOOLEAN, "AttachStdin", "AttachStdout", "AttachStderr", "Tty", "OpenStdin", "StdinOnce",
                    "ArgsEscaped", "NetworkDisabled")
            .with(STRINGS, "Env", "OnBuild")
            .with(STRING_OR_STRINGS, "Cmd", "Entrypoint", "Shell")
            .with(OBJECT, "ExposedPorts", "Volumes", "NetworkingConfig")
            .with("Healthcheck", HealthcheckBody.SCHEMA)
            .with(STRING_MAP, "Labels")
            .with(INTEGER, "StopTimeout")
            .with("HostConfig", HOST_CONFIG);

    private ContainerSchemas() {
    }
}

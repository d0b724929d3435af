package io.gantry.api.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.gantry.api.container.attach.ConsoleSize;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.network.PortBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the user asked for when creating a container. Null fields take the image's or the engine's
 * default. Build one with {@link #builder(String)}.
 *
 * @param networkMode {@code none}, {@code host}, {@code container:<name|id>} or the name of a network
 * @param ports the ports published on the host (a driver network only)
 * @param networkAliases more names the container is found by on its network
 * @param mounts bind mounts, volumes and tmpfs mounts, applied in this order over the image's rootfs
 * @param restartPolicy when the engine starts the container again after it ended; never null
 * @param extraHosts more /etc/hosts lines as {@code name:address}
 * @param shmSizeBytes size of /dev/shm, null for the engine's default (64 MiB)
 * @param sysctls namespaced kernel parameters set in the container
 * @param groupAdd more groups (names or ids) of the container's process
 * @param init run an init process as pid 1 that reaps zombies and forwards signals
 * @param ipv4Address the address asked for on the container's network, null for any free one
 * @param ipv6Address the IPv6 address asked for on the container's network (one with IPv6), null for any free one
 * @param exposedPorts ports the container listens on besides the image's, as "80/tcp"
 * @param publishAllPorts publish every exposed port (the container's and the image's) on a free host port
 * @param volumeDriver the volume driver of the volumes its mounts name and that do not exist yet (null: local)
 * @param healthcheck the health check, null for the image's; once created, the image's merged in
 * @param logConfig the log driver and its options, null for the engine's; once created, the effective ones
 * @param domainname the NIS domain name of its UTS namespace, null for none
 * @param macAddress the MAC address of its interface on its network, null for the driver's choice
 * @param links legacy links as {@code container:alias}, the container by its name
 * @param maskedPaths the paths masked in it, null for Docker's default list (none when privileged)
 * @param readonlyPaths the paths made read-only in it, null for Docker's default list (none when privileged)
 * @param stdinOnce close its stdin when the first attached client detaches
 * @param consoleSize the size its terminal starts with, null for the runtime's
 * @param oomScoreAdj the OOM killer's score adjustment of its processes (-1000..1000), null for the host's
 * @param cgroupParent the cgroup its own cgroup is made under, null for the engine's
 * @param cgroupnsMode its own cgroup namespace (private, the default) or the host's
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerConfig(
        String image,
        String name,
        List<String> entrypoint,
        List<String> cmd,
        List<String> env,
        String workingDir,
        String user,
        String hostname,
        Map<String, String> labels,
        boolean tty,
        boolean openStdin,
        boolean autoRemove,
        String runtime,
        NamespaceMode pidMode,
        NamespaceMode ipcMode,
        NamespaceMode utsMode,
        String networkMode,
        boolean userns,
        Resources resources,
        String stopSignal,
        Integer stopTimeoutSeconds,
        List<PortBinding> ports,
        List<String> networkAliases,
        List<Mount> mounts,
        RestartPolicy restartPolicy,
        SecurityOptions security,
        DnsSettings dns,
        List<String> extraHosts,
        Long shmSizeBytes,
        Map<String, String> sysctls,
        List<Ulimit> ulimits,
        List<String> groupAdd,
        List<DeviceMapping> devices,
        boolean init,
        String ipv4Address,
        String ipv6Address,
        List<String> exposedPorts,
        boolean publishAllPorts,
        String volumeDriver,
        HealthConfig healthcheck,
        LogConfig logConfig,
        String domainname,
        String macAddress,
        List<String> links,
        List<String> maskedPaths,
        List<String> readonlyPaths,
        boolean stdinOnce,
        ConsoleSize consoleSize,
        Integer oomScoreAdj,
        String cgroupParent,
        NamespaceMode cgroupnsMode) {

    public ContainerConfig {
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        cmd = cmd == null ? null : List.copyOf(cmd);
        env = env == null ? List.of() : List.copyOf(env);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        pidMode = pidMode == null ? NamespaceMode.PRIVATE : pidMode;
        ipcMode = ipcMode == null ? NamespaceMode.PRIVATE : ipcMode;
        utsMode = utsMode == null ? NamespaceMode.PRIVATE : utsMode;
        resources = resources == null ? Resources.NONE : resources;
        ports = ports == null ? List.of() : List.copyOf(ports);
        networkAliases = networkAliases == null ? List.of() : List.copyOf(networkAliases);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
        restartPolicy = restartPolicy == null ? RestartPolicy.NO : restartPolicy;
        security = security == null ? SecurityOptions.DEFAULT : security;
        dns = dns == null ? DnsSettings.NONE : dns;
        extraHosts = extraHosts == null ? List.of() : List.copyOf(extraHosts);
        sysctls = sysctls == null ? Map.of() : Map.copyOf(sysctls);
        ulimits = ulimits == null ? List.of() : List.copyOf(ulimits);
        groupAdd = groupAdd == null ? List.of() : List.copyOf(groupAdd);
        devices = devices == null ? List.of() : List.copyOf(devices);
        exposedPorts = exposedPorts == null ? List.of() : List.copyOf(exposedPorts);
        links = links == null ? List.of() : List.copyOf(links);
        maskedPaths = maskedPaths == null ? null : List.copyOf(maskedPaths);
        readonlyPaths = readonlyPaths == null ? null : List.copyOf(readonlyPaths);
        cgroupnsMode = cgroupnsMode == null ? NamespaceMode.PRIVATE : cgroupnsMode;
    }

    /**
     * The config with the command that runs, as Docker merges it: an empty cmd (none, or []) takes the image's
     * unless the config has an entrypoint of its own; an entrypoint not given takes the image's, while an empty
     * one ({@code --entrypoint ""}) stays empty.
     */
    public ContainerConfig withImageCommand(ImageConfig image) {
        Builder effective = toBuilder();
        boolean ownEntrypoint = entrypoint != null && !entrypoint.isEmpty();
        if (!ownEntrypoint && (cmd == null || cmd.isEmpty()) && image != null && image.cmd() != null) {
            effective.cmd(image.cmd());
        }
        if (entrypoint == null && image != null && image.entrypoint() != null) {
            effective.entrypoint(image.entrypoint());
        }
        return effective.build();
    }

    /** The process's arguments: entrypoint, then cmd; empty when neither is set. */
    public List<String> command() {
        List<String> args = new ArrayList<>();
        if (entrypoint != null) {
            args.addAll(entrypoint);
        }
        if (cmd != null) {
            args.addAll(cmd);
        }
        return List.copyOf(args);
    }

    public static Builder builder(String image) {
        return new Builder(image);
    }

    public Builder toBuilder() {
        Builder b = new Builder(image);
        b.name = name;
        b.entrypoint = entrypoint;
        b.cmd = cmd;
        b.env = env;
        b.workingDir = workingDir;
        b.user = user;
        b.hostname = hostname;
        b.labels = labels;
        b.tty = tty;
        b.openStdin = openStdin;
        b.autoRemove = autoRemove;
        b.runtime = runtime;
        b.pidMode = pidMode;
        b.ipcMode = ipcMode;
        b.utsMode = utsMode;
        b.networkMode = networkMode;
        b.userns = userns;
        b.resources = resources;
        b.stopSignal = stopSignal;
        b.stopTimeoutSeconds = stopTimeoutSeconds;
        b.ports = ports;
        b.networkAliases = networkAliases;
        b.mounts = mounts;
        b.restartPolicy = restartPolicy;
        b.security = security;
        b.dns = dns;
        b.extraHosts = extraHosts;
        b.shmSizeBytes = shmSizeBytes;
        b.sysctls = sysctls;
        b.ulimits = ulimits;
        b.groupAdd = groupAdd;
        b.devices = devices;
        b.init = init;
        b.ipv4Address = ipv4Address;
        b.ipv6Address = ipv6Address;
        b.exposedPorts = exposedPorts;
        b.publishAllPorts = publishAllPorts;
        b.volumeDriver = volumeDriver;
        b.healthcheck = healthcheck;
        b.logConfig = logConfig;
        b.domainname = domainname;
        b.macAddress = macAddress;
        b.links = links;
        b.maskedPaths = maskedPaths;
        b.readonlyPaths = readonlyPaths;
        b.stdinOnce = stdinOnce;
        b.consoleSize = consoleSize;
        b.oomScoreAdj = oomScoreAdj;
        b.cgroupParent = cgroupParent;
        b.cgroupnsMode = cgroupnsMode;
        return b;
    }

    /** Fluent builder; every setter may be skipped. */
    public static final class Builder {
        private String image;
        private String name;
        private List<String> entrypoint;
        private List<String> cmd;
        private List<String> env;
        private String workingDir;
        private String user;
        private String hostname;
        private Map<String, String> labels;
        private boolean tty;
        private boolean openStdin;
        private boolean autoRemove;
        private String runtime;
        private NamespaceMode pidMode;
        private NamespaceMode ipcMode;
        private NamespaceMode utsMode;
        private String networkMode;
        private boolean userns;
        private Resources resources;
        private String stopSignal;
        private Integer stopTimeoutSeconds;
        private List<PortBinding> ports;
        private List<String> networkAliases;
        private List<Mount> mounts;
        private RestartPolicy restartPolicy;
        private SecurityOptions security;
        private DnsSettings dns;
        private List<String> extraHosts;
        private Long shmSizeBytes;
        private Map<String, String> sysctls;
        private List<Ulimit> ulimits;
        private List<String> groupAdd;
        private List<DeviceMapping> devices;
        private boolean init;
        private String ipv4Address;
        private String ipv6Address;
        private List<String> exposedPorts;
        private boolean publishAllPorts;
        private String volumeDriver;
        private HealthConfig healthcheck;
        private LogConfig logConfig;
        private String domainname;
        private String macAddress;
        private List<String> links;
        private List<String> maskedPaths;
        private List<String> readonlyPaths;
        private boolean stdinOnce;
        private ConsoleSize consoleSize;
        private Integer oomScoreAdj;
        private String cgroupParent;
        private NamespaceMode cgroupnsMode;

        private Builder(String image) {
            this.image = image;
        }

        public Builder image(String v) { image = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder entrypoint(List<String> v) { entrypoint = v; return this; }
        public Builder cmd(List<String> v) { cmd = v; return this; }
        public Builder env(List<String> v) { env = v; return this; }
        public Builder workingDir(String v) { workingDir = v; return this; }
        public Builder user(String v) { user = v; return this; }
        public Builder hostname(String v) { hostname = v; return this; }
        public Builder labels(Map<String, String> v) { labels = v; return this; }
        public Builder tty(boolean v) { tty = v; return this; }
        public Builder openStdin(boolean v) { openStdin = v; return this; }
        public Builder autoRemove(boolean v) { autoRemove = v; return this; }
        public Builder runtime(String v) { runtime = v; return this; }
        public Builder pidMode(NamespaceMode v) { pidMode = v; return this; }
        public Builder ipcMode(NamespaceMode v) { ipcMode = v; return this; }
        public Builder utsMode(NamespaceMode v) { utsMode = v; return this; }
        public Builder networkMode(String v) { networkMode = v; return this; }
        public Builder userns(boolean v) { userns = v; return this; }
        public Builder resources(Resources v) { resources = v; return this; }
        public Builder stopSignal(String v) { stopSignal = v; return this; }
        public Builder stopTimeoutSeconds(Integer v) { stopTimeoutSeconds = v; return this; }
        public Builder ports(List<PortBinding> v) { ports = v; return this; }
        public Builder networkAliases(List<String> v) { networkAliases = v; return this; }
        public Builder mounts(List<Mount> v) { mounts = v; return this; }
        public Builder restartPolicy(RestartPolicy v) { restartPolicy = v; return this; }
        public Builder security(SecurityOptions v) { security = v; return this; }
        public Builder dns(DnsSettings v) { dns = v; return this; }
        public Builder extraHosts(List<String> v) { extraHosts = v; return this; }
        public Builder shmSizeBytes(Long v) { shmSizeBytes = v; return this; }
        public Builder sysctls(Map<String, String> v) { sysctls = v; return this; }
        public Builder ulimits(List<Ulimit> v) { ulimits = v; return this; }
        public Builder groupAdd(List<String> v) { groupAdd = v; return this; }
        public Builder devices(List<DeviceMapping> v) { devices = v; return this; }
        public Builder init(boolean v) { init = v; return this; }
        public Builder ipv4Address(String v) { ipv4Address = v; return this; }
        public Builder ipv6Address(String v) { ipv6Address = v; return this; }
        public Builder exposedPorts(List<String> v) { exposedPorts = v; return this; }
        public Builder publishAllPorts(boolean v) { publishAllPorts = v; return this; }
        public Builder volumeDriver(String v) { volumeDriver = v; return this; }
        public Builder healthcheck(HealthConfig v) { healthcheck = v; return this; }
        public Builder logConfig(LogConfig v) { logConfig = v; return this; }
        public Builder domainname(String v) { domainname = v; return this; }
        public Builder macAddress(String v) { macAddress = v; return this; }
        public Builder links(List<String> v) { links = v; return this; }
        public Builder maskedPaths(List<String> v) { maskedPaths = v; return this; }
        public Builder readonlyPaths(List<String> v) { readonlyPaths = v; return this; }
        public Builder stdinOnce(boolean v) { stdinOnce = v; return this; }
        public Builder consoleSize(ConsoleSize v) { consoleSize = v; return this; }
        public Builder oomScoreAdj(Integer v) { oomScoreAdj = v; return this; }
        public Builder cgroupParent(String v) { cgroupParent = v; return this; }
        public Builder cgroupnsMode(NamespaceMode v) { cgroupnsMode = v; return this; }

        public ContainerConfig build() {
            return new ContainerConfig(image, name, entrypoint, cmd, env, workingDir, user, hostname, labels, tty,
                    openStdin, autoRemove, runtime, pidMode, ipcMode, utsMode, networkMode, userns, resources,
                    stopSignal, stopTimeoutSeconds, ports, networkAliases, mounts, restartPolicy,
                    security, dns, extraHosts, shmSizeBytes, sysctls, ulimits, groupAdd, devices, init, ipv4Address,
                    ipv6Address, exposedPorts, publishAllPorts, volumeDriver, healthcheck,
                    logConfig, domainname, macAddress, links, maskedPaths, readonlyPaths, stdinOnce, consoleSize,
                    oomScoreAdj, cgroupParent, cgroupnsMode);
        }
    }
}

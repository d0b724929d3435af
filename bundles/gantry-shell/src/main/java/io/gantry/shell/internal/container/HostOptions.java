package io.gantry.shell.internal.container;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.DnsSettings;
import io.gantry.api.container.SecurityOptions;
import io.gantry.api.container.SecurityOpts;
import io.gantry.api.network.PortBinding;
import io.gantry.api.network.PortSpec;
import io.gantry.shell.internal.args.DeviceSpecs;
import io.gantry.shell.internal.args.LogDriverArgs;
import io.gantry.shell.internal.args.MemorySize;
import io.gantry.shell.internal.args.Sysctls;
import io.gantry.shell.internal.args.Ulimits;
import java.util.List;
import org.apache.karaf.shell.api.action.Option;

/**
 * The options of container:create and container:run about privileges, name resolution, process limits and logging.
 */
abstract class HostOptions extends ResourceOptions {
    @Option(name = "--privileged", description = "Give the container every capability and access to all devices")
    boolean privileged;
    @Option(name = "--read-only", description = "Mount the container's root file system read-only")
    boolean readOnly;
    @Option(name = "--cap-add", multiValued = true, description = "Add a capability, e.g. NET_ADMIN, or ALL")
    List<String> capAdd = List.of();
    @Option(name = "--cap-drop", multiValued = true, description = "Drop a capability, e.g. CHOWN, or ALL")
    List<String> capDrop = List.of();
    @Option(name = "--security-opt", multiValued = true, description = "no-new-privileges[:true|false];"
            + " seccomp=unconfined, apparmor=unconfined and label=disable hold already")
    List<String> securityOpts = List.of();
    @Option(name = "--dns", multiValued = true, description = "DNS server for the container's resolv.conf")
    List<String> dns = List.of();
    @Option(name = "--dns-search", multiValued = true, description = "DNS search domain")
    List<String> dnsSearch = List.of();
    @Option(name = "--dns-option", multiValued = true, description = "resolv.conf option, e.g. ndots:2")
    List<String> dnsOptions = List.of();
    @Option(name = "--add-host", multiValued = true, description = "Add an /etc/hosts line, name:address")
    List<String> addHosts = List.of();
    @Option(name = "--shm-size", description = "Size of /dev/shm, e.g. 128m (default 64m)")
    String shmSize;
    @Option(name = "--sysctl", multiValued = true, description = "Namespaced kernel parameter name=value")
    List<String> sysctls = List.of();
    @Option(name = "--ulimit", multiValued = true,
            description = "Resource limit name=soft[:hard], e.g. nofile=1024:2048")
    List<String> ulimits = List.of();
    @Option(name = "--group-add", multiValued = true, description = "Another group (name or id) of the process")
    List<String> groupAdd = List.of();
    @Option(name = "--device", multiValued = true, description = "Host device /host[:/container][:rwm]")
    List<String> devices = List.of();
    @Option(name = "--init", description = "Run an init as pid 1 that reaps zombies and forwards signals")
    boolean init;
    @Option(name = "--ip", description = "IPv4 address on the container's network")
    String ip;
    @Option(name = "--ip6", description = "IPv6 address on the container's network (one with IPv6)")
    String ip6;
    @Option(name = "--expose", multiValued = true, description = "Port the container listens on: port[/tcp|udp]")
    List<String> expose = List.of();
    @Option(name = "-P", aliases = "--publish-all", description = "Publish every exposed port (--expose and the"
            + " image's) that -p does not bind on a free host port")
    boolean publishAll;
    @Option(name = "--log-driver", description = "Log driver: json-file, local, k8s-file or none (default: the"
            + " engine's, json-file unless configured)")
    String logDriver;
    @Option(name = "--log-opt", multiValued = true, description = "Log driver option key=value, e.g. max-size=10m,"
            + " max-file=3, compress=true")
    List<String> logOpts = List.of();

    ContainerConfig.Builder hostOptions(ContainerConfig.Builder config, List<PortBinding> published) {
        return config.security(new SecurityOptions(privileged, readOnly, capAdd, capDrop,
                        SecurityOpts.noNewPrivileges(securityOpts)))
                .dns(new DnsSettings(dns, dnsSearch, dnsOptions))
                .extraHosts(addHosts)
                .maskedPaths(SecurityOpts.systemPathsUnconfined(securityOpts) ? List.of() : null)
                .readonlyPaths(SecurityOpts.systemPathsUnconfined(securityOpts) ? List.of() : null)
                .shmSizeBytes(shmSize == null ? null : MemorySize.parse(shmSize))
                .sysctls(Sysctls.parse(sysctls))
                .ulimits(Ulimits.parse(ulimits))
                .groupAdd(groupAdd)
                .devices(DeviceSpecs.parse(devices))
                .init(init)
                .ipv4Address(ip).ipv6Address(ip6)
                .ports(published)
                .exposedPorts(expose.stream().map(PortSpec::normal).toList())
                .publishAllPorts(publishAll)
                .logConfig(LogDriverArgs.parse(logDriver, logOpts));
    }
}

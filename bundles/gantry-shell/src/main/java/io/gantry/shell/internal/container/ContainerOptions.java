package io.gantry.shell.internal.container;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.Mount;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.container.RestartPolicy;
import io.gantry.api.network.PortSpec;
import io.gantry.shell.internal.args.EnvVars;
import io.gantry.shell.internal.args.Labels;
import io.gantry.shell.internal.args.MountSpecs;
import io.gantry.shell.internal.completers.ImageCompleter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/**
 * The options container:create and container:run share. Karaf stops reading options at the first
 * argument, so everything after IMAGE is the container's command, dashes included.
 */
abstract class ContainerOptions extends HealthOptions {
    @Reference
    ContainerLifecycle containers;

    @Option(name = "--name", description = "Container name")
    String name;
    @Option(name = "-h", aliases = "--hostname", description = "Container host name")
    String hostname;
    @Option(name = "-e", aliases = "--env", multiValued = true,
            description = "Environment variable K=V; a bare K takes its value from the console's environment")
    List<String> env = List.of();
    @Option(name = "-w", aliases = "--workdir", description = "Working directory inside the container")
    String workdir;
    @Option(name = "-u", aliases = "--user", description = "User name or uid[:gid]")
    String user;
    @Option(name = "--entrypoint", description = "Overwrite the image's entrypoint (\"\" clears it)")
    String entrypoint;
    @Option(name = "-t", aliases = "--tty", description = "Allocate a pseudo-TTY")
    boolean tty;
    @Option(name = "-l", aliases = "--label", multiValued = true, description = "Label key=value")
    List<String> labels = List.of();
    @Option(name = "--pid", description = "PID namespace: private, host or container:<name|id>")
    String pid;
    @Option(name = "--ipc", description = "IPC namespace: private, host or container:<name|id>")
    String ipc;
    @Option(name = "--uts", description = "UTS namespace: private, host or container:<name|id>")
    String uts;
    @Option(name = "--network", aliases = "--net", description = "none, host, container:<name|id> or a network name")
    String network;
    @Option(name = "-p", aliases = "--publish", multiValued = true,
            description = "Publish a port: [ip:][hostPort:]containerPort[/tcp|udp]; no hostPort picks a free one")
    List<String> publish = List.of();
    @Option(name = "--network-alias", multiValued = true, description = "Another name on the container's network")
    List<String> networkAliases = List.of();
    @Option(name = "--runtime", description = "OCI runtime, e.g. runc or crun")
    String runtime;
    @Option(name = "--userns", description = "Run in a new user namespace with remapped ids")
    boolean userns;
    @Option(name = "--stop-timeout", description = "Seconds to wait after the stop signal before SIGKILL")
    Integer stopTimeout;
    @Option(name = "--stop-signal", description = "Signal that stops the container, e.g. SIGTERM")
    String stopSignal;
    @Option(name = "-v", aliases = "--volume", multiValued = true, description = "Bind mount /HOST:DST[:ro],"
            + " volume NAME:DST[:ro][,nocopy] (made if missing), or a new anonymous volume at DST")
    List<String> volumes = List.of();
    @Option(name = "--mount", multiValued = true, description = "Mount type=bind|volume|tmpfs,source=SRC,target=DST"
            + "[,readonly]; for a volume also volume-nocopy, volume-driver=D, volume-opt=K=V, volume-label=K=V")
    List<String> mountSpecs = List.of();
    @Option(name = "--volume-driver", description = "Driver of the volumes the mounts name that do not exist yet")
    String volumeDriver;
    @Option(name = "--tmpfs", multiValued = true, description = "Mount a tmpfs at DST[:ro]")
    List<String> tmpfs = List.of();
    @Option(name = "--restart", description = "Restart policy: no, always, unless-stopped, on-failure[:N]")
    String restart;

    @Argument(index = 0, name = "image", required = true, description = "Image name, tag or id")
    @Completion(ImageCompleter.class)
    String image;
    @Argument(index = 1, name = "command", multiValued = true, description = "Command and its arguments")
    List<String> command;

    /** Where a bare "-e K" looks K up. */
    Function<String, String> environment = System::getenv;

    ContainerConfig.Builder config() {
        ContainerConfig.Builder config = ContainerConfig.builder(image)
                .name(name)
                .hostname(hostname)
                .env(EnvVars.resolve(env, environment))
                .workingDir(workdir)
                .user(user)
                .entrypoint(entrypoint == null ? null : entrypoint.isEmpty() ? List.of() : List.of(entrypoint))
                .cmd(command == null || command.isEmpty() ? null : command)
                .tty(tty)
                .labels(Labels.parse(labels))
                .runtime(runtime)
                .pidMode(NamespaceMode.parse("--pid", pid))
                .ipcMode(NamespaceMode.parse("--ipc", ipc))
                .utsMode(NamespaceMode.parse("--uts", uts))
                .networkMode(network)
                .networkAliases(networkAliases)
                .userns(userns)
                .stopSignal(stopSignal)
                .stopTimeoutSeconds(stopTimeout)
                .mounts(mounts())
                .volumeDriver(volumeDriver)
                .restartPolicy(RestartPolicy.parse(restart))
                .healthcheck(healthcheck());
        return resourceOptions(hostOptions(config, publish.stream().map(PortSpec::published).toList()));
    }

    /** In the order -v, --mount, --tmpfs. */
    private List<Mount> mounts() {
        List<Mount> all = new ArrayList<>();
        volumes.forEach(v -> all.add(MountSpecs.volume(v)));
        mountSpecs.forEach(m -> all.add(MountSpecs.mount(m)));
        tmpfs.forEach(t -> all.add(MountSpecs.tmpfs(t)));
        return all;
    }
}

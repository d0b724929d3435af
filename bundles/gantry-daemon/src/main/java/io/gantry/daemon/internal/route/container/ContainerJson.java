package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.LogConfig;
import io.gantry.api.container.attach.ConsoleSize;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.PortBinding;
import io.gantry.api.volume.VolumeService;
import io.gantry.daemon.internal.json.HealthJson;
import io.gantry.daemon.internal.json.Times;
import java.time.Instant;
import java.util.List;

/** A container in Docker's inspect and list shapes. */
public final class ContainerJson {
    private final ObjectMapper json;
    private final NetworkSettingsJson networkSettings;
    private final MountJson mounts;
    private final HostOptionsJson hostOptions;
    private final ResourcesJson resources;

    public ContainerJson(ObjectMapper json, NetworkService networks, VolumeService volumes) {
        this.json = json;
        this.networkSettings = new NetworkSettingsJson(json, networks);
        this.mounts = new MountJson(json, volumes);
        this.hostOptions = new HostOptionsJson(json);
        this.resources = new ResourcesJson(json);
    }

    /** @param command the config with the command it runs, from {@link Commands#of} */
    ObjectNode inspect(Container c, ContainerConfig command) {
        ContainerConfig cfg = c.config();
        List<MountJson.Resolved> resolved = mounts.resolve(cfg);
        List<String> argv = command.command();
        ObjectNode o = json.createObjectNode();
        o.put("Id", c.id()).put("Created", Times.rfc3339(c.created())).put("Path", argv.isEmpty() ? "" : argv.get(0));
        o.set("Args", json.valueToTree(argv.isEmpty() ? List.of() : argv.subList(1, argv.size())));
        ObjectNode state = o.putObject("State");
        state.put("Status", c.state().wireName()).put("Running", c.state() == ContainerState.RUNNING)
                .put("Paused", c.state() == ContainerState.PAUSED)
                .put("Restarting", c.state() == ContainerState.RESTARTING).put("OOMKilled", c.oomKilled())
                .put("Dead", c.state() == ContainerState.DEAD).put("Pid", c.pid())
                .put("ExitCode", c.exitCode() == null ? 0 : c.exitCode())
                .put("Error", c.error() == null ? "" : c.error()).put("StartedAt", Times.rfc3339(c.startedAt()))
                .put("FinishedAt", Times.rfc3339(c.finishedAt()));
        HealthJson.putState(state, c.health());
        o.put("Image", c.imageId()).put("Name", "/" + c.name()).put("RestartCount", c.restartCount())
                .put("Driver", c.storageDriver()).put("Platform", "linux").put("LogPath", logPath(c))
                .put("ResolvConfPath", "").put("HostnamePath", "").put("HostsPath", "");
        o.set("HostConfig", hostConfig(c, resolved));
        ObjectNode config = o.putObject("Config");
        config.put("Hostname", cfg.hostname() == null ? c.shortId() : cfg.hostname())
                .put("Image", cfg.image()).put("Tty", cfg.tty()).put("OpenStdin", cfg.openStdin())
                .put("WorkingDir", orEmpty(cfg.workingDir())).put("User", orEmpty(cfg.user()))
                .put("AttachStdin", false).put("AttachStdout", true).put("AttachStderr", true)
                .put("Domainname", orEmpty(cfg.domainname())).put("StdinOnce", cfg.stdinOnce());
        if (cfg.macAddress() != null) {
            config.put("MacAddress", cfg.macAddress());
        }
        ObjectNode exposed = config.putObject("ExposedPorts");
        cfg.ports().forEach(p -> exposed.putObject(p.containerPort() + "/" + p.protocol()));
        cfg.exposedPorts().forEach(exposed::putObject);
        ObjectNode volumes = mounts.volumes(cfg, resolved);
        if (!volumes.isEmpty()) {
            config.set("Volumes", volumes);
        }
        config.set("Env", json.valueToTree(cfg.env()));
        config.set("Cmd", json.valueToTree(command.cmd()));
        HealthJson.putConfig(json, config, cfg.healthcheck());
        config.set("Entrypoint", json.valueToTree(command.entrypoint()));
        config.set("Labels", json.valueToTree(cfg.labels()));
        if (cfg.stopSignal() != null) {
            config.put("StopSignal", cfg.stopSignal());
        }
        if (cfg.stopTimeoutSeconds() != null) {
            config.put("StopTimeout", cfg.stopTimeoutSeconds());
        }
        o.set("NetworkSettings", networkSettings.of(c));
        o.set("Mounts", mounts.mounts(cfg, resolved));
        return o;
    }

    /** @param command the config with the command it runs, from {@link Commands#of} */
    public ObjectNode listItem(Container c, ContainerConfig command, Instant now) {
        ObjectNode o = json.createObjectNode();
        o.put("Id", c.id());
        o.putArray("Names").add("/" + c.name());
        o.put("Image", c.config().image()).put("ImageID", c.imageId())
                .put("Command", String.join(" ", command.command()))
                .put("Created", c.created().getEpochSecond()).put("State", c.state().wireName())
                .put("Status", StatusText.of(c, now));
        o.set("Ports", listPorts(c));
        o.set("Labels", json.valueToTree(c.config().labels()));
        o.putObject("HostConfig").put("NetworkMode", networkMode(c.config()));
        ObjectNode networks = o.putObject("NetworkSettings").putObject("Networks");
        networkSettings.of(c).path("Networks").properties().forEach(e -> networks.set(e.getKey(), e.getValue()));
        o.set("Mounts", mounts.mounts(c.config(), mounts.resolve(c.config())));
        return o;
    }

    /** Empty, as in Docker, for a container that keeps no log. */
    private static String logPath(Container c) {
        LogConfig log = c.config().logConfig();
        return log != null && log.keepsNone() ? "" : c.logPath();
    }

    /** Containers created before log drivers existed were all written in k8s-file. */
    private static void logConfig(LogConfig log, ObjectNode o) {
        o.put("Type", log == null ? "k8s-file" : log.type());
        ObjectNode options = o.putObject("Config");
        if (log != null) {
            log.config().forEach(options::put);
        }
    }

    private ObjectNode hostConfig(Container c, List<MountJson.Resolved> resolved) {
        ContainerConfig cfg = c.config();
        ObjectNode h = json.createObjectNode();
        h.put("NetworkMode", networkMode(cfg)).put("AutoRemove", cfg.autoRemove())
                .put("Runtime", c.runtime()).put("PidMode", mode(cfg.pidMode().toString()))
                .put("IpcMode", mode(cfg.ipcMode().toString())).put("UTSMode", mode(cfg.utsMode().toString()));
        resources.put(cfg, h);
        mounts.hostConfig(cfg, resolved, h);
        logConfig(cfg.logConfig(), h.putObject("LogConfig"));
        ObjectNode bindings = h.putObject("PortBindings");
        for (PortBinding p : cfg.ports()) {
            String key = p.containerPort() + "/" + p.protocol();
            ArrayNode list = bindings.get(key) instanceof ArrayNode a ? a : bindings.putArray(key);
            list.addObject().put("HostIp", p.hostIp()).put("HostPort", p.hostPort() == 0 ? "" : "" + p.hostPort());
        }
        h.put("PublishAllPorts", cfg.publishAllPorts());
        hostOptions.put(cfg, h);
        h.set("Links", cfg.links().isEmpty() ? json.nullNode() : json.valueToTree(cfg.links().stream()
                .map(link -> "/" + link.replace(":", ":/" + c.name() + "/")).toList()));
        ConsoleSize size = cfg.consoleSize();
        h.putArray("ConsoleSize").add(size == null ? 0 : size.height()).add(size == null ? 0 : size.width());
        return h;
    }

    /** The list view's Ports: one entry per bound host port, or per exposed port while nothing is bound. */
    private ArrayNode listPorts(Container c) {
        ArrayNode ports = json.createArrayNode();
        c.networks().stream().flatMap(n -> n.ports().stream()).forEach(p -> ports.addObject()
                .put("IP", p.hostIp().isEmpty() ? "0.0.0.0" : p.hostIp()).put("PrivatePort", p.containerPort())
                .put("PublicPort", p.hostPort()).put("Type", p.protocol()));
        if (ports.isEmpty()) {
            c.config().ports().forEach(p -> ports.addObject().put("PrivatePort", p.containerPort())
                    .put("Type", p.protocol()));
        }
        return ports;
    }

    private static String networkMode(ContainerConfig cfg) {
        return cfg.networkMode() == null ? "default" : cfg.networkMode();
    }

    private static String mode(String wire) {
        return wire.equals("private") ? "" : wire;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

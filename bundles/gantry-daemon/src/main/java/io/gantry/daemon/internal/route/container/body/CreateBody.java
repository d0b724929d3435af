package io.gantry.daemon.internal.route.container.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.json.JsonFields;

/** Reads the body of POST /containers/create into a {@link ContainerConfig}; unknown fields are ignored. */
public final class CreateBody {
    public static final BodySchema SCHEMA = ContainerSchemas.CREATE;

    private CreateBody() {
    }

    /** @param body checked against {@link #SCHEMA} */
    public static ContainerConfig read(JsonNode body, String name) {
        String image = JsonFields.string(body, "Image");
        if (image == null || image.isBlank()) {
            throw new InvalidArgumentException("no image given: the Image field is required");
        }
        JsonNode host = JsonFields.object(body, "HostConfig");
        ContainerConfig.Builder builder = ContainerConfig.builder(image).name(emptyToNull(name))
                .cmd(JsonFields.stringOrStrings(body, "Cmd"))
                .entrypoint(JsonFields.stringOrStrings(body, "Entrypoint"))
                .env(JsonFields.strings(body, "Env")).workingDir(emptyToNull(JsonFields.string(body, "WorkingDir")))
                .user(emptyToNull(JsonFields.string(body, "User")))
                .hostname(emptyToNull(JsonFields.string(body, "Hostname")))
                .labels(JsonFields.stringMap(body, "Labels")).tty(JsonFields.bool(body, "Tty"))
                .openStdin(JsonFields.bool(body, "OpenStdin"))
                .stopSignal(emptyToNull(JsonFields.string(body, "StopSignal")))
                .stopTimeoutSeconds(JsonFields.integer(body, "StopTimeout"))
                .autoRemove(JsonFields.bool(host, "AutoRemove"))
                .runtime(emptyToNull(JsonFields.string(host, "Runtime")))
                .pidMode(NamespaceMode.parse("PidMode", JsonFields.string(host, "PidMode")))
                .ipcMode(NamespaceMode.parse("IpcMode", JsonFields.string(host, "IpcMode")))
                .utsMode(NamespaceMode.parse("UTSMode", JsonFields.string(host, "UTSMode")))
                .networkMode(networkMode(body, JsonFields.string(host, "NetworkMode")))
                .ports(PortBindingsBody.read(host)).exposedPorts(PortBindingsBody.exposedPorts(body))
                .publishAllPorts(JsonFields.bool(host, "PublishAllPorts")).networkAliases(EndpointsBody.aliases(body))
                .ipv4Address(EndpointsBody.ipv4Address(body)).ipv6Address(EndpointsBody.ipv6Address(body))
                .resources(ResourcesBody.read(host)).mounts(MountsBody.read(body, host))
                .restartPolicy(MountsBody.restartPolicy(host))
                .volumeDriver(emptyToNull(JsonFields.string(host, "VolumeDriver")))
                .healthcheck(HealthcheckBody.read(body))
                .logConfig(LogConfigBody.read(host))
                .domainname(emptyToNull(JsonFields.string(body, "Domainname")))
                .macAddress(EndpointsBody.macAddress(body)).links(EndpointsBody.links(body, host))
                .stdinOnce(JsonFields.bool(body, "StdinOnce"))
                .consoleSize(ConsoleSizeBody.read(host, "HostConfig.ConsoleSize"))
                .oomScoreAdj(zeroToNull(JsonFields.integer(host, "OomScoreAdj")))
                .cgroupParent(emptyToNull(JsonFields.string(host, "CgroupParent")))
                .cgroupnsMode(cgroupnsMode(JsonFields.string(host, "CgroupnsMode")));
        ContainerConfig config = HostOptionsBody.apply(host, builder).build();
        if (config.autoRemove() && !config.restartPolicy().isNo()) {
            throw new InvalidArgumentException("can't create 'AutoRemove' container with restart policy '"
                    + config.restartPolicy().name() + "'");
        }
        UnsupportedFields.checkCreate(body);
        return config;
    }

    /** Docker's two cgroup namespace modes; empty is the engine's default, private. */
    private static NamespaceMode cgroupnsMode(String mode) {
        if (mode == null || mode.isEmpty() || mode.equals("private")) {
            return NamespaceMode.PRIVATE;
        }
        if (mode.equals("host")) {
            return NamespaceMode.HOST;
        }
        throw new InvalidArgumentException("invalid cgroup namespace mode: " + mode
                + " (HostConfig.CgroupnsMode must be host or private)");
    }

    /**
     * Docker's "default" means the engine's default network; any other mode names a network or sharing.
     * NetworkDisabled, which only the API has, is network mode none.
     */
    private static String networkMode(JsonNode body, String mode) {
        String chosen = mode == null || mode.isEmpty() || mode.equals("default") ? null : mode;
        if (!JsonFields.bool(body, "NetworkDisabled")) {
            return chosen;
        }
        if (chosen != null && !chosen.equals("none")) {
            throw new InvalidArgumentException("conflicting options: NetworkDisabled and network mode " + chosen);
        }
        return "none";
    }

    /** Docker's 0 is the engine's own score, which its containers inherit. */
    private static Integer zeroToNull(Integer value) {
        return value == null || value == 0 ? null : value;
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

package io.gantry.daemon.internal.route.system;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.log.LogDrivers;
import io.gantry.api.system.ProviderInfo;
import io.gantry.api.system.SystemInfo;
import io.gantry.api.system.SystemService;
import io.gantry.daemon.internal.host.HostFacts;
import io.gantry.daemon.internal.route.swarm.SwarmRoutes;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Headers;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Instant;
import java.util.UUID;

/** /_ping, /version and /info. */
public final class SystemRoutes {
    private final SystemService system;
    private final String engineId = UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);

    public SystemRoutes(SystemService system) {
        this.system = system;
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/_ping", this::ping)
                .add(HttpMethod.GET, "/version", this::version)
                .add(HttpMethod.GET, "/info", this::info);
    }

    private void ping(Exchange ex) {
        ex.reply().pingText("OK");
    }

    private void version(Exchange ex) {
        SystemInfo info = system.info();
        ObjectNode v = ex.json().createObjectNode();
        v.putObject("Platform").put("Name", "Gantry Engine");
        ObjectNode engine = v.putArray("Components").addObject().put("Name", "Engine").put("Version", info.version());
        engine.putObject("Details").put("ApiVersion", Headers.API_VERSION).put("MinAPIVersion", "1.24")
                .put("Os", "linux").put("Arch", "amd64").put("KernelVersion", HostFacts.kernelVersion());
        v.put("Version", info.version()).put("ApiVersion", Headers.API_VERSION).put("MinAPIVersion", "1.24")
                .put("GitCommit", "").put("GoVersion", "java" + System.getProperty("java.version"))
                .put("Os", "linux").put("Arch", "amd64").put("KernelVersion", HostFacts.kernelVersion())
                .put("BuildTime", Instant.EPOCH.toString());
        ex.reply().json(HttpResponseStatus.OK, v);
    }

    private void info(Exchange ex) {
        SystemInfo info = system.info();
        ObjectNode i = ex.json().createObjectNode();
        i.put("ID", engineId).put("Containers", info.containers()).put("ContainersRunning", info.running())
                .put("ContainersPaused", 0).put("ContainersStopped", info.containers() - info.running())
                .put("Images", info.images()).put("Driver", info.defaultStorage())
                .put("DockerRootDir", info.dataRoot()).put("MemTotal", HostFacts.memTotalBytes())
                .put("NCPU", HostFacts.cpus()).put("OSType", "linux").put("Architecture", "x86_64")
                .put("KernelVersion", HostFacts.kernelVersion()).put("OperatingSystem", HostFacts.operatingSystem())
                .put("Name", HostFacts.hostname()).put("ServerVersion", info.version())
                .put("CgroupVersion", info.cgroupVersion()).put("CgroupDriver", "cgroupfs")
                .put("DefaultRuntime", info.defaultRuntime()).put("LoggingDriver", info.defaultLogDriver())
                .put("MemoryLimit", true).put("SwapLimit", true).put("CpuCfsPeriod", true).put("CpuCfsQuota", true)
                .put("CPUShares", true).put("PidsLimit", true).put("IPv4Forwarding", false)
                .put("Debug", false).put("ExperimentalBuild", false).put("LiveRestoreEnabled", true)
                .put("Isolation", "").put("InitBinary", "").put("IndexServerAddress", "");
        SwarmRoutes.inactive(i.putObject("Swarm"));
        i.putArray("SecurityOptions");
        i.putArray("Labels");
        ObjectNode runtimes = i.putObject("Runtimes");
        ObjectNode plugins = i.putObject("Plugins");
        ArrayNode volume = plugins.putArray("Volume");
        ArrayNode network = plugins.putArray("Network");
        ArrayNode logDrivers = plugins.putArray("Log");
        LogDrivers.NAMES.forEach(logDrivers::add);
        for (ProviderInfo p : info.providers()) {
            if (!p.active()) {
                continue;
            }
            switch (p.kind()) {
                case "runtime" -> runtimes.putObject(p.name()).put("path", p.name());
                case "network" -> network.add(p.name());
                case "volume" -> volume.add(p.name());
                default -> { }
            }
        }
        ex.reply().json(HttpResponseStatus.OK, i);
    }
}

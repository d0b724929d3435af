package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.config.EngineRoots;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.archive.ContainerArchive;
import io.gantry.api.container.attach.ContainerAttach;
import io.gantry.api.container.exec.ContainerExec;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.event.EventBus;
import io.gantry.api.image.ContainerCommit;
import io.gantry.api.image.ImageService;
import io.gantry.api.network.NetworkService;
import io.gantry.api.system.SystemService;
import io.gantry.api.volume.VolumeService;
import io.gantry.daemon.internal.event.EventHistory;
import io.gantry.daemon.internal.server.ApiServer;
import io.gantry.daemon.internal.server.PemTls;
import java.nio.file.Path;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Serves the Docker Engine API on a Unix socket, and on TCP when tcp.address is set; a new configuration
 * restarts the server. A TCP setting that is unsafe or incomplete fails activation, before anything listens.
 */
@Component(configurationPid = {EngineRoots.PID, "io.gantry.daemon"},
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class DockerDaemon {
    static final String SOCKET_NAME = "gantry.sock";

    private final EventHistory events;
    private final ApiServer server;

    @Activate
    public DockerDaemon(@Reference ContainerLifecycle lifecycle, @Reference ContainerAttach attach,
            @Reference ContainerExec exec, @Reference ContainerArchive archive, @Reference ContainerMonitor monitor,
            @Reference ImageService images, @Reference ContainerCommit commits, @Reference SystemService system,
            @Reference NetworkService networks, @Reference VolumeService volumes, @Reference EventBus bus,
            DaemonConfig config, EngineRoots roots) {
        Optional<TcpSettings> tcp = TcpSettings.from(config);
        SSLContext tls = tcp.map(TcpSettings::tls).map(PemTls::context).orElse(null);
        ObjectMapper json = new ObjectMapper();
        this.events = new EventHistory(bus);
        this.server = new ApiServer(socketPath(config, roots), ApiRoutes.build(lifecycle, attach, exec, archive,
                monitor, images, commits, system, networks, volumes, events, json), json);
        server.start();
        tcp.ifPresent(t -> server.listenTcp(t.address(), tls));
    }

    static Path socketPath(DaemonConfig config, EngineRoots roots) {
        return config.socket().isBlank() ? Path.of(roots.run_root(), SOCKET_NAME) : Path.of(config.socket());
    }

    @Deactivate
    void deactivate() throws Exception {
        server.close();
        events.close();
    }
}

package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.container.ContainerService;
import io.gantry.api.event.EventBus;
import io.gantry.api.image.ImageService;
import io.gantry.api.network.NetworkService;
import io.gantry.api.system.SystemService;
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
@Component(configurationPid = {"io.gantry.engine", "io.gantry.daemon"},
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class DockerDaemon {
    static final String SOCKET_NAME = "gantry.sock";

    private final EventHistory events;
    private final ApiServer server;

    @Activate
    public DockerDaemon(@Reference ContainerService containers, @Reference ImageService images,
            @Reference SystemService system, @Reference NetworkService networks, @Reference EventBus bus,
            DaemonConfig config) {
        Optional<TcpSettings> tcp = TcpSettings.from(config);
        SSLContext tls = tcp.map(TcpSettings::tls).map(PemTls::context).orElse(null);
        ObjectMapper json = new ObjectMapper();
        this.events = new EventHistory(bus);
        Services services = new Services(containers, images, system, networks, events);
        this.server = new ApiServer(socketPath(config), ApiRoutes.build(services, json), json);
        server.start();
        tcp.ifPresent(t -> server.listenTcp(t.address(), tls));
    }

    static Path socketPath(DaemonConfig config) {
        return config.socket().isBlank() ? Path.of(config.run_root(), SOCKET_NAME) : Path.of(config.socket());
    }

    @Deactivate
    void deactivate() throws Exception {
        server.close();
        events.close();
    }
}

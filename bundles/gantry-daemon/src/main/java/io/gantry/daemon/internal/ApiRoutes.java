package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.archive.ContainerArchive;
import io.gantry.api.container.attach.ContainerAttach;
import io.gantry.api.container.exec.ContainerExec;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.image.ContainerCommit;
import io.gantry.api.image.ImageService;
import io.gantry.api.network.NetworkService;
import io.gantry.api.system.SystemService;
import io.gantry.api.volume.VolumeService;
import io.gantry.daemon.internal.event.EventHistory;
import io.gantry.daemon.internal.event.StartWatch;
import io.gantry.daemon.internal.route.container.ArchiveRoutes;
import io.gantry.daemon.internal.route.container.AttachRoute;
import io.gantry.daemon.internal.route.container.ChangesRoute;
import io.gantry.daemon.internal.route.container.Commands;
import io.gantry.daemon.internal.route.container.ContainerJson;
import io.gantry.daemon.internal.route.container.ContainerRoutes;
import io.gantry.daemon.internal.route.container.LogRoutes;
import io.gantry.daemon.internal.route.container.StatsRoute;
import io.gantry.daemon.internal.route.container.TopRoute;
import io.gantry.daemon.internal.route.container.WaitRoute;
import io.gantry.daemon.internal.route.exec.ExecRoutes;
import io.gantry.daemon.internal.route.commit.CommitRoute;
import io.gantry.daemon.internal.route.image.ImageArchiveRoutes;
import io.gantry.daemon.internal.route.image.ImageJson;
import io.gantry.daemon.internal.route.image.ImageRoutes;
import io.gantry.daemon.internal.route.image.ImageTransferRoutes;
import io.gantry.daemon.internal.route.image.RegistryQueryRoutes;
import io.gantry.daemon.internal.route.network.NetworkRoutes;
import io.gantry.daemon.internal.route.system.DiskUsageRoutes;
import io.gantry.daemon.internal.route.system.EventsRoute;
import io.gantry.daemon.internal.route.swarm.SwarmRoutes;
import io.gantry.daemon.internal.route.system.SystemRoutes;
import io.gantry.daemon.internal.route.volume.VolumeJson;
import io.gantry.daemon.internal.route.volume.VolumeRoutes;
import io.gantry.daemon.internal.server.Router;

/** Every endpoint the daemon serves, each route given only the engine services it maps onto. */
final class ApiRoutes {
    private ApiRoutes() {
    }

    static Router build(ContainerLifecycle lifecycle, ContainerAttach attach, ContainerExec exec,
            ContainerArchive archive, ContainerMonitor monitor, ImageService images, ContainerCommit commits,
            SystemService system, NetworkService networks, VolumeService volumes, EventHistory events,
            ObjectMapper json) {
        Router router = new Router();
        ContainerJson containerShapes = new ContainerJson(json, networks, volumes);
        ImageJson imageShapes = new ImageJson(json);
        VolumeJson volumeShapes = new VolumeJson(json);
        Commands commands = new Commands(images);
        new SystemRoutes(system).register(router);
        new ContainerRoutes(lifecycle, images, containerShapes, commands).register(router);
        new ChangesRoute(monitor).register(router);
        new DiskUsageRoutes(lifecycle, images, volumes, containerShapes, imageShapes, volumeShapes, commands)
                .register(router);
        new ArchiveRoutes(lifecycle, archive).register(router);
        new WaitRoute(lifecycle).register(router);
        new LogRoutes(lifecycle, monitor).register(router);
        new AttachRoute(lifecycle, attach, monitor, new StartWatch(lifecycle, events)).register(router);
        new ExecRoutes(exec, json).register(router);
        new TopRoute(monitor).register(router);
        new StatsRoute(lifecycle, monitor, json).register(router);
        new EventsRoute(events).register(router);
        new ImageRoutes(images, imageShapes).register(router);
        new ImageTransferRoutes(images).register(router);
        new ImageArchiveRoutes(images).register(router);
        new CommitRoute(commits).register(router);
        new RegistryQueryRoutes(images).register(router);
        new NetworkRoutes(networks, lifecycle, json).register(router);
        new VolumeRoutes(volumes, volumeShapes).register(router);
        new SwarmRoutes().register(router);
        return router;
    }
}

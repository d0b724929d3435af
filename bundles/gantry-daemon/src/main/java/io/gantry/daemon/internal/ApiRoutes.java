package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Every endpoint the daemon serves. */
final class ApiRoutes {
    private ApiRoutes() {
    }

    static Router build(Services services, ObjectMapper json) {
        Router router = new Router();
        new SystemRoutes(services).register(router);
        ContainerJson containerShapes = new ContainerJson(json, services.networks());
        new ContainerRoutes(services, containerShapes).register(router);
        new DiskUsageRoutes(services, containerShapes, new ImageJson(json)).register(router);
        new ArchiveRoutes(services).register(router);
        new WaitRoute(services).register(router);
        new LogRoutes(services).register(router);
        new AttachRoute(services).register(router);
        new ExecRoutes(services, new ExecJson(json)).register(router);
        new TopRoute(services).register(router);
        new StatsRoute(services, new StatsJson(json)).register(router);
        new EventsRoute(services).register(router);
        new ImageRoutes(services.images(), new ImageJson(json)).register(router);
        new ImageTransferRoutes(services.images()).register(router);
        new ImageArchiveRoutes(services.images()).register(router);
        new NetworkRoutes(services).register(router);
        new VolumeRoutes().register(router);
        return router;
    }
}

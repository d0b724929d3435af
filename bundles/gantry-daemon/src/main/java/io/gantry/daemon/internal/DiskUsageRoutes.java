package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.Container;
import io.gantry.api.container.FileChange;
import io.gantry.api.image.Image;
import io.gantry.api.image.Layer;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /containers/{id}/changes, GET /system/df and POST /build/prune. A container's writable layer has no
 * size the engine knows, so df leaves out SizeRw and SizeRootFs, as dockerd does when it does not compute
 * them. The engine builds no images, so its build cache is always empty (docker system prune asks anyway).
 */
final class DiskUsageRoutes {
    private final Services services;
    private final ContainerJson containerShapes;
    private final ImageJson imageShapes;
    private final Commands commands;

    DiskUsageRoutes(Services services, ContainerJson containerShapes, ImageJson imageShapes) {
        this.services = services;
        this.containerShapes = containerShapes;
        this.imageShapes = imageShapes;
        this.commands = new Commands(services.images());
    }

    void register(Router router) {
        router.add(HttpMethod.GET, "/containers/{}/changes", this::changes)
                .add(HttpMethod.GET, "/system/df", this::diskUsage)
                .add(HttpMethod.POST, "/build/prune", this::pruneBuildCache);
    }

    /** Kind on the wire: 0 modified, 1 added, 2 deleted, the order of {@link FileChange.Kind}. */
    private void changes(Exchange ex) {
        ArrayNode out = ex.json().createArrayNode();
        for (FileChange change : services.containers().changes(ex.param(0))) {
            out.addObject().put("Path", change.path()).put("Kind", change.kind().ordinal());
        }
        ex.reply().json(HttpResponseStatus.OK, out);
    }

    private void pruneBuildCache(Exchange ex) {
        ObjectNode reply = ex.json().createObjectNode();
        reply.putArray("CachesDeleted");
        ex.reply().json(HttpResponseStatus.OK, reply.put("SpaceReclaimed", 0));
    }

    private void diskUsage(Exchange ex) {
        List<Image> images = services.images().list();
        List<Container> containers = services.containers().list(true);
        Map<String, Integer> imagesPerLayer = new HashMap<>();
        Map<String, Long> layerSizes = new HashMap<>();
        for (Image image : images) {
            for (Layer layer : image.layers()) {
                imagesPerLayer.merge(layer.chainId(), 1, Integer::sum);
                layerSizes.put(layer.chainId(), layer.size());
            }
        }
        ObjectNode reply = ex.json().createObjectNode();
        reply.put("LayersSize", layerSizes.values().stream().mapToLong(Long::longValue).sum());
        ArrayNode imageList = reply.putArray("Images");
        for (Image image : images) {
            long shared = image.layers().stream().filter(l -> imagesPerLayer.get(l.chainId()) > 1)
                    .mapToLong(Layer::size).sum();
            long users = containers.stream().filter(c -> c.imageId().equals(image.id())).count();
            imageList.add(imageShapes.listItem(image).put("SharedSize", shared).put("Containers", users));
        }
        ArrayNode containerList = reply.putArray("Containers");
        Instant now = Instant.now();
        containers.forEach(c -> containerList.add(containerShapes.listItem(c, commands.of(c), now)));
        reply.putArray("Volumes");
        reply.putArray("BuildCache");
        ex.reply().json(HttpResponseStatus.OK, reply);
    }
}

package io.gantry.daemon.internal.route.system;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageService;
import io.gantry.api.image.Layer;
import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeService;
import io.gantry.daemon.internal.route.container.Commands;
import io.gantry.daemon.internal.route.container.ContainerJson;
import io.gantry.daemon.internal.route.image.ImageJson;
import io.gantry.daemon.internal.route.volume.VolumeJson;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /system/df and POST /build/prune. A container's writable layer has no
 * size the engine knows, so df leaves out SizeRw and SizeRootFs, as dockerd does when it does not compute
 * them. Each volume comes with its UsageData: the bytes its data takes (-1 when its driver cannot tell) and the
 * number of containers that use it. The engine builds no images, so its build cache is always empty (docker
 * system prune asks anyway).
 */
public final class DiskUsageRoutes {
    private final ContainerLifecycle containers;
    private final ImageService images;
    private final VolumeService volumes;
    private final ContainerJson containerShapes;
    private final ImageJson imageShapes;
    private final VolumeJson volumeShapes;
    private final Commands commands;

    public DiskUsageRoutes(ContainerLifecycle containers, ImageService images, VolumeService volumes,
            ContainerJson containerShapes, ImageJson imageShapes, VolumeJson volumeShapes, Commands commands) {
        this.containers = containers;
        this.images = images;
        this.volumes = volumes;
        this.containerShapes = containerShapes;
        this.imageShapes = imageShapes;
        this.volumeShapes = volumeShapes;
        this.commands = commands;
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/system/df", this::diskUsage)
                .add(HttpMethod.POST, "/build/prune", this::pruneBuildCache);
    }

    private void pruneBuildCache(Exchange ex) {
        ObjectNode reply = ex.json().createObjectNode();
        reply.putArray("CachesDeleted");
        ex.reply().json(HttpResponseStatus.OK, reply.put("SpaceReclaimed", 0));
    }

    private void diskUsage(Exchange ex) {
        List<Image> held = images.list();
        List<Container> all = containers.list(true);
        Map<String, Integer> imagesPerLayer = new HashMap<>();
        Map<String, Long> layerSizes = new HashMap<>();
        for (Image image : held) {
            for (Layer layer : image.layers()) {
                imagesPerLayer.merge(layer.chainId(), 1, Integer::sum);
                layerSizes.put(layer.chainId(), layer.size());
            }
        }
        ObjectNode reply = ex.json().createObjectNode();
        reply.put("LayersSize", layerSizes.values().stream().mapToLong(Long::longValue).sum());
        ArrayNode imageList = reply.putArray("Images");
        for (Image image : held) {
            long shared = image.layers().stream().filter(l -> imagesPerLayer.get(l.chainId()) > 1)
                    .mapToLong(Layer::size).sum();
            long users = all.stream().filter(c -> c.imageId().equals(image.id())).count();
            imageList.add(imageShapes.listItem(image).put("SharedSize", shared).put("Containers", users));
        }
        ArrayNode containerList = reply.putArray("Containers");
        Instant now = Instant.now();
        all.forEach(c -> containerList.add(containerShapes.listItem(c, commands.of(c), now)));
        ArrayNode volumeList = reply.putArray("Volumes");
        for (Volume v : volumes.list()) {
            try {
                volumeList.add(volumeShapes.withUsage(v, volumes.size(v.name()), volumes.users(v.name()).size()));
            } catch (NotFoundException gone) {
                // removed since it was listed
            }
        }
        reply.putArray("BuildCache");
        ex.reply().json(HttpResponseStatus.OK, reply);
    }
}

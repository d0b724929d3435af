package io.gantry.daemon.internal.route.image;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ImageOrigin;
import io.gantry.api.image.Layer;
import io.gantry.daemon.internal.json.HealthJson;
import io.gantry.daemon.internal.json.Times;

/** An image in Docker's list and inspect shapes. */
public final class ImageJson {
    private final ObjectMapper json;

    public ImageJson(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode listItem(Image image) {
        ObjectNode o = json.createObjectNode();
        o.put("Id", image.id()).put("ParentId", image.origin().parent());
        o.set("RepoTags", json.valueToTree(image.repoTags()));
        o.putArray("RepoDigests");
        o.put("Created", image.created() == null ? 0 : image.created().getEpochSecond())
                .put("Size", image.size()).put("VirtualSize", image.size()).put("SharedSize", -1)
                .put("Containers", -1);
        o.set("Labels", json.valueToTree(config(image).labels()));
        return o;
    }

    ObjectNode inspect(Image image) {
        ImageConfig cfg = config(image);
        ImageOrigin origin = image.origin();
        ObjectNode o = json.createObjectNode();
        o.put("Id", image.id()).put("Parent", origin.parent()).put("Comment", origin.comment())
                .put("Created", Times.rfc3339(image.created())).put("Size", image.size())
                .put("VirtualSize", image.size()).put("Os", "linux").put("Architecture", "amd64")
                .put("Author", origin.author()).put("DockerVersion", origin.dockerVersion());
        o.set("RepoTags", json.valueToTree(image.repoTags()));
        o.putArray("RepoDigests");
        o.put("Container", origin.container());
        o.set("ContainerConfig", runConfig(origin.containerConfig() == null ? cfg : origin.containerConfig()));
        o.set("Config", runConfig(cfg));
        ObjectNode rootfs = o.putObject("RootFS").put("Type", "layers");
        ArrayNode layers = rootfs.putArray("Layers");
        for (Layer layer : image.layers()) {
            layers.add(layer.diffId());
        }
        o.putObject("GraphDriver").put("Name", "").putObject("Data");
        o.putObject("Metadata").put("LastTagTime", Times.ZERO);
        return o;
    }

    /**
     * The image's run defaults in the shape of a container's Config, in dockerd's field order. ContainerConfig, the
     * config of the container an image was committed from, has the same fields: for an image that was not
     * committed here it shows the image's own, whose Volumes docker-compose's recreate reads to keep the data of
     * the image's anonymous volumes.
     */
    private ObjectNode runConfig(ImageConfig cfg) {
        ObjectNode config = json.createObjectNode();
        config.put("Hostname", "").put("Domainname", "").put("User", cfg.user() == null ? "" : cfg.user())
                .put("AttachStdin", false).put("AttachStdout", false).put("AttachStderr", false);
        if (!cfg.exposedPorts().isEmpty()) {
            ObjectNode exposed = config.putObject("ExposedPorts");
            cfg.exposedPorts().forEach(exposed::putObject);
        }
        config.put("Tty", false).put("OpenStdin", false).put("StdinOnce", false);
        config.set("Env", json.valueToTree(cfg.env()));
        config.set("Cmd", json.valueToTree(cfg.cmd()));
        HealthJson.putConfig(json, config, cfg.healthcheck());
        config.put("Image", "");
        if (cfg.volumes().isEmpty()) {
            config.putNull("Volumes");
        } else {
            ObjectNode volumes = config.putObject("Volumes");
            cfg.volumes().forEach(volumes::putObject);
        }
        config.put("WorkingDir", cfg.workingDir() == null ? "" : cfg.workingDir());
        config.set("Entrypoint", json.valueToTree(cfg.entrypoint()));
        config.set("OnBuild", cfg.onBuild().isEmpty() ? json.nullNode() : json.valueToTree(cfg.onBuild()));
        config.set("Labels", json.valueToTree(cfg.labels()));
        if (cfg.stopSignal() != null) {
            config.put("StopSignal", cfg.stopSignal());
        }
        return config;
    }

    private static ImageConfig config(Image image) {
        return image.config() == null ? ImageConfig.EMPTY : image.config();
    }
}

package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.BindSpec;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.Mount;
import io.gantry.api.container.TmpfsSpec;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A container's mounts in Docker's shapes: HostConfig.Binds and HostConfig.Tmpfs as the CLI would have
 * given them, Config.Volumes, and the top-level Mounts list. Bind mounts show as Binds, anonymous volumes as
 * Config.Volumes with their folder as the Source of their Mounts entry, tmpfs mounts as Tmpfs, whichever field
 * of the create body they came from.
 */
final class MountJson {
    private final ObjectMapper json;

    MountJson(ObjectMapper json) {
        this.json = json;
    }

    void hostConfig(ContainerConfig cfg, ObjectNode host) {
        ArrayNode binds = host.putArray("Binds");
        ObjectNode tmpfs = json.createObjectNode();
        for (Mount m : cfg.mounts()) {
            if (m.type() == Mount.Type.TMPFS) {
                tmpfs.put(m.target(), TmpfsSpec.format(m));
            } else if (!isAnonymousVolume(m)) {
                binds.add(BindSpec.format(m));
            }
        }
        if (!tmpfs.isEmpty()) {
            host.set("Tmpfs", tmpfs);
        }
        host.putObject("RestartPolicy").put("Name", cfg.restartPolicy().name())
                .put("MaximumRetryCount", cfg.restartPolicy().maximumRetryCount());
    }

    /** Config.Volumes: the targets of the anonymous volumes (-v /data and the image's VOLUME paths). */
    ObjectNode volumes(ContainerConfig cfg) {
        ObjectNode volumes = json.createObjectNode();
        cfg.mounts().stream().filter(MountJson::isAnonymousVolume).forEach(m -> volumes.putObject(m.target()));
        return volumes;
    }

    /** The engine gives an anonymous volume a folder of the container's as its source; named ones have none. */
    private static boolean isAnonymousVolume(Mount m) {
        return m.type() == Mount.Type.VOLUME && (m.source() == null || m.source().startsWith("/"));
    }

    ArrayNode mounts(ContainerConfig cfg) {
        ArrayNode list = json.createArrayNode();
        for (Mount m : cfg.mounts()) {
            ObjectNode o = list.addObject().put("Type", m.type().name().toLowerCase(Locale.ROOT));
            if (m.type() == Mount.Type.VOLUME) {
                o.put("Name", m.source() == null ? "" : Path.of(m.source()).getFileName().toString())
                        .put("Driver", "local");
            }
            o.put("Source", m.type() == Mount.Type.BIND || isAnonymousVolume(m) && m.source() != null ? m.source() : "").put("Destination", m.target())
                    .put("Mode", m.readOnly() ? "ro" : "").put("RW", !m.readOnly())
                    .put("Propagation", m.type() == Mount.Type.BIND ? "rprivate" : "");
        }
        return list;
    }
}

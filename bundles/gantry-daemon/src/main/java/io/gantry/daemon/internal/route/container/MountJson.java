package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.GantryException;
import io.gantry.api.container.BindSpec;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.Mount;
import io.gantry.api.container.TmpfsSpec;
import io.gantry.api.container.VolumeOptions;
import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A container's mounts in Docker's shapes. The config does not keep which create field a mount came from, so each
 * shows where the CLI would have put it: bind mounts and named volumes in HostConfig.Binds
 * ({@code name:/path[:ro,nocopy]}), anonymous volumes in Config.Volumes, tmpfs mounts in HostConfig.Tmpfs, and a
 * volume with what only --mount can say (a driver other than the container's, driver options or labels) in
 * HostConfig.Mounts. The top-level
 * Mounts list shows each volume with its name and the mount point and driver the engine has for it now, or with its
 * name alone once it cannot be inspected, so that docker-compose's recreate finds its anonymous volumes by name.
 */
final class MountJson {
    private enum Field { BINDS, MOUNTS, TMPFS, VOLUMES }

    /** A mount with the volume it names as the engine has it now: null when it names none or that is gone. */
    record Resolved(Mount mount, Volume volume) {
        boolean isVolume() {
            return mount.type() == Mount.Type.VOLUME;
        }

        /** Before volumes, the engine gave an anonymous volume a folder of the container's as its source. */
        boolean isFolder() {
            return isVolume() && mount.source() != null && mount.source().startsWith("/");
        }

        boolean isAnonymous() {
            return isVolume() && (mount.source() == null || isFolder() || volume != null && volume.isAnonymous());
        }

        String name() {
            return mount.source() == null ? "" : isFolder() ? Path.of(mount.source()).getFileName().toString()
                    : mount.source();
        }
    }

    private final ObjectMapper json;
    private final VolumeService volumes;

    MountJson(ObjectMapper json, VolumeService volumes) {
        this.json = json;
        this.volumes = volumes;
    }

    List<Resolved> resolve(ContainerConfig cfg) {
        return cfg.mounts().stream().map(m -> new Resolved(m, lookUp(m))).toList();
    }

    /** A volume that cannot be inspected (gone, or its driver reported failing) leaves the container's inspect whole. */
    private Volume lookUp(Mount m) {
        if (m.type() != Mount.Type.VOLUME || m.source() == null || m.source().startsWith("/")) {
            return null;
        }
        try {
            return volumes.inspect(m.source());
        } catch (GantryException unknown) {
            return null;
        }
    }

    /** HostConfig's Binds, Mounts, Tmpfs, VolumeDriver and RestartPolicy. */
    void hostConfig(ContainerConfig cfg, List<Resolved> mounts, ObjectNode host) {
        ArrayNode binds = host.putArray("Binds");
        ArrayNode structured = json.createArrayNode();
        ObjectNode tmpfs = json.createObjectNode();
        for (Resolved r : mounts) {
            switch (field(cfg, r)) {
                case BINDS -> binds.add(BindSpec.format(r.mount()));
                case MOUNTS -> structured.add(volumeMount(cfg, r));
                case TMPFS -> tmpfs.put(r.mount().target(), TmpfsSpec.format(r.mount()));
                case VOLUMES -> { }
            }
        }
        if (!structured.isEmpty()) {
            host.set("Mounts", structured);
        }
        if (!tmpfs.isEmpty()) {
            host.set("Tmpfs", tmpfs);
        }
        host.put("VolumeDriver", cfg.volumeDriver() == null ? "" : cfg.volumeDriver());
        host.putObject("RestartPolicy").put("Name", cfg.restartPolicy().name())
                .put("MaximumRetryCount", cfg.restartPolicy().maximumRetryCount());
    }

    /** Config.Volumes: the targets of the anonymous volumes (-v /data and the image's VOLUME paths). */
    ObjectNode volumes(ContainerConfig cfg, List<Resolved> mounts) {
        ObjectNode targets = json.createObjectNode();
        mounts.stream().filter(r -> field(cfg, r) == Field.VOLUMES)
                .forEach(r -> targets.putObject(r.mount().target()));
        return targets;
    }

    /** The top-level Mounts, in dockerd's field order. */
    ArrayNode mounts(ContainerConfig cfg, List<Resolved> mounts) {
        ArrayNode list = json.createArrayNode();
        for (Resolved r : mounts) {
            Mount m = r.mount();
            ObjectNode o = list.addObject().put("Type", m.type().name().toLowerCase(Locale.ROOT));
            if (r.isVolume()) {
                o.put("Name", r.name());
            }
            o.put("Source", source(r)).put("Destination", m.target());
            if (r.isVolume()) {
                o.put("Driver", driver(cfg, r));
            }
            o.put("Mode", mode(cfg, r)).put("RW", !m.readOnly())
                    .put("Propagation", m.type() == Mount.Type.BIND ? "rprivate" : "");
        }
        return list;
    }

    private static Field field(ContainerConfig cfg, Resolved r) {
        Mount m = r.mount();
        if (m.type() != Mount.Type.VOLUME) {
            return m.type() == Mount.Type.TMPFS ? Field.TMPFS : Field.BINDS;
        }
        VolumeOptions o = m.volumeOptions();
        boolean onlyMountsSay = otherDriver(cfg, m) != null || !o.driverOptions().isEmpty() || !o.labels().isEmpty();
        if (r.isAnonymous()) {
            return onlyMountsSay || m.readOnly() || o.noCopy() ? Field.MOUNTS : Field.VOLUMES;
        }
        return onlyMountsSay ? Field.MOUNTS : Field.BINDS;
    }

    /**
     * The mount's driver where it is not the container's (VolumeDriver, else the default), which Binds cannot say.
     * The engine records the driver of every volume mount, asked for or not.
     */
    private static String otherDriver(ContainerConfig cfg, Mount m) {
        String driver = m.volumeOptions().driver();
        String containers = cfg.volumeDriver() != null ? cfg.volumeDriver() : VolumeService.DEFAULT_DRIVER;
        return driver == null || driver.equals(containers) ? null : driver;
    }

    /** A HostConfig.Mounts item, its empty fields left out as dockerd leaves them out; an anonymous one has no Source. */
    private ObjectNode volumeMount(ContainerConfig cfg, Resolved r) {
        Mount m = r.mount();
        VolumeOptions o = m.volumeOptions();
        ObjectNode item = json.createObjectNode().put("Type", "volume");
        if (!r.isAnonymous()) {
            item.put("Source", m.source());
        }
        item.put("Target", m.target());
        if (m.readOnly()) {
            item.put("ReadOnly", true);
        }
        ObjectNode options = json.createObjectNode();
        if (o.noCopy()) {
            options.put("NoCopy", true);
        }
        if (!o.labels().isEmpty()) {
            options.set("Labels", sorted(o.labels()));
        }
        String otherDriver = otherDriver(cfg, m);
        if (otherDriver != null || !o.driverOptions().isEmpty()) {
            ObjectNode driver = options.putObject("DriverConfig");
            if (otherDriver != null) {
                driver.put("Name", otherDriver);
            }
            if (!o.driverOptions().isEmpty()) {
                driver.set("Options", sorted(o.driverOptions()));
            }
        }
        if (!options.isEmpty()) {
            item.set("VolumeOptions", options);
        }
        return item;
    }

    private static String source(Resolved r) {
        Mount m = r.mount();
        if (m.type() == Mount.Type.BIND || r.isFolder()) {
            return m.source();
        }
        return r.volume() == null || r.volume().mountpoint() == null ? "" : r.volume().mountpoint();
    }

    private static String driver(ContainerConfig cfg, Resolved r) {
        if (r.volume() != null) {
            return r.volume().driver();
        }
        String asked = r.mount().volumeOptions().driver() != null ? r.mount().volumeOptions().driver()
                : cfg.volumeDriver();
        return asked != null ? asked : VolumeService.DEFAULT_DRIVER;
    }

    /** The options a -v would have given, as dockerd shows them; a named local volume without any shows "z". */
    private static String mode(ContainerConfig cfg, Resolved r) {
        Mount m = r.mount();
        List<String> options = new ArrayList<>();
        if (m.readOnly()) {
            options.add("ro");
        }
        if (r.isVolume() && m.volumeOptions().noCopy()) {
            options.add("nocopy");
        }
        if (options.isEmpty() && r.isVolume() && !r.isAnonymous()
                && driver(cfg, r).equals(VolumeService.DEFAULT_DRIVER)) {
            return "z";
        }
        return String.join(",", options);
    }

    private JsonNode sorted(Map<String, String> map) {
        return json.valueToTree(new TreeMap<>(map));
    }
}

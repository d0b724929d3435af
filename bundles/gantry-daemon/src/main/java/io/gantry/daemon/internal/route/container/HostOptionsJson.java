package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.DeviceMapping;
import io.gantry.api.container.SecurityOptions;
import io.gantry.api.container.SystemPaths;
import io.gantry.api.container.Ulimit;
import io.gantry.daemon.internal.route.container.body.UnsupportedFields;
import java.util.List;

/**
 * The HostConfig fields of inspect that the create body's HostOptionsBody reads, shown as dockerd shows them (null for
 * an unset list, [] for the DNS lists and Devices), plus the defaults of the fields the engine cannot apply
 * yet, so that inspect's HostConfig is accepted again by create.
 */
final class HostOptionsJson {
    static final long DEFAULT_SHM_SIZE = 64L * 1024 * 1024;

    private final ObjectMapper json;

    HostOptionsJson(ObjectMapper json) {
        this.json = json;
    }

    void put(ContainerConfig cfg, ObjectNode h) {
        SecurityOptions security = cfg.security();
        h.put("Privileged", security.privileged()).put("ReadonlyRootfs", security.readOnlyRootfs());
        h.set("CapAdd", nullIfEmpty(security.capAdd()));
        h.set("CapDrop", nullIfEmpty(security.capDrop()));
        h.set("SecurityOpt", nullIfEmpty(security.noNewPrivileges() ? List.of("no-new-privileges") : List.of()));
        h.set("Dns", json.valueToTree(cfg.dns().servers()));
        h.set("DnsOptions", json.valueToTree(cfg.dns().options()));
        h.set("DnsSearch", json.valueToTree(cfg.dns().search()));
        h.set("ExtraHosts", nullIfEmpty(cfg.extraHosts()));
        h.set("GroupAdd", nullIfEmpty(cfg.groupAdd()));
        h.put("ShmSize", cfg.shmSizeBytes() == null ? DEFAULT_SHM_SIZE : cfg.shmSizeBytes());
        if (!cfg.sysctls().isEmpty()) {
            h.set("Sysctls", json.valueToTree(cfg.sysctls()));
        }
        if (cfg.init()) {
            h.put("Init", true);
        }
        h.set("Ulimits", cfg.ulimits().isEmpty() ? json.nullNode() : ulimits(cfg.ulimits()));
        ArrayNode devices = h.putArray("Devices");
        for (DeviceMapping d : cfg.devices()) {
            devices.addObject().put("PathOnHost", d.hostPath()).put("PathInContainer", d.containerPath())
                    .put("CgroupPermissions", d.permissions());
        }
        h.set("MaskedPaths", systemPaths(cfg, SystemPaths.masked(cfg)));
        h.set("ReadonlyPaths", systemPaths(cfg, SystemPaths.readonly(cfg)));
        UnsupportedFields.showDefaults(h);
    }

    /** dockerd keeps null for a privileged container that did not name its own. */
    private com.fasterxml.jackson.databind.JsonNode systemPaths(ContainerConfig cfg, List<String> paths) {
        return cfg.security().privileged() && paths.isEmpty() ? json.nullNode() : json.valueToTree(paths);
    }

    private ArrayNode ulimits(List<Ulimit> ulimits) {
        ArrayNode list = json.createArrayNode();
        ulimits.forEach(u -> list.addObject().put("Name", u.name()).put("Hard", u.hard()).put("Soft", u.soft()));
        return list;
    }

    private com.fasterxml.jackson.databind.JsonNode nullIfEmpty(List<String> values) {
        return values.isEmpty() ? json.nullNode() : json.valueToTree(values);
    }
}

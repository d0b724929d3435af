package io.gantry.daemon.internal.route.container.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.DeviceMapping;
import io.gantry.api.container.DnsSettings;
import io.gantry.api.container.SecurityOptions;
import io.gantry.api.container.SecurityOpts;
import io.gantry.api.container.SystemPaths;
import io.gantry.api.container.Ulimit;
import io.gantry.daemon.internal.json.JsonFields;
import io.gantry.daemon.internal.json.JsonKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The HostConfig fields about privileges, name resolution and process limits: Privileged, ReadonlyRootfs,
 * CapAdd, CapDrop, SecurityOpt, Dns, DnsSearch, DnsOptions, ExtraHosts, ShmSize, Sysctls, Ulimits,
 * GroupAdd, Devices, Init, MaskedPaths and ReadonlyPaths.
 */
final class HostOptionsBody {
    private HostOptionsBody() {
    }

    static ContainerConfig.Builder apply(JsonNode host, ContainerConfig.Builder config) {
        return config.security(security(host))
                .dns(new DnsSettings(JsonFields.strings(host, "Dns"), JsonFields.strings(host, "DnsSearch"),
                        JsonFields.strings(host, "DnsOptions")))
                .extraHosts(JsonFields.strings(host, "ExtraHosts")).shmSizeBytes(shmSize(host))
                .sysctls(JsonFields.stringMap(host, "Sysctls")).ulimits(ulimits(host))
                .groupAdd(JsonFields.strings(host, "GroupAdd")).devices(devices(host))
                .init(JsonFields.bool(host, "Init"))
                .maskedPaths(systemPaths(host, "MaskedPaths", SystemPaths.MASKED))
                .readonlyPaths(systemPaths(host, "ReadonlyPaths", SystemPaths.READONLY));
    }

    /** Absent, null or the defaults as inspect shows them: the engine's defaults; systempaths=unconfined: none. */
    private static List<String> systemPaths(JsonNode host, String field, List<String> defaults) {
        if (SecurityOpts.systemPathsUnconfined(JsonFields.strings(host, "SecurityOpt"))) {
            return List.of();
        }
        List<String> paths = JsonFields.strings(host, field);
        if (paths != null) {
            paths.stream().filter(p -> !p.startsWith("/")).findFirst().ifPresent(p -> {
                throw new InvalidArgumentException("invalid HostConfig." + field + " " + p
                        + ": each path is absolute");
            });
        }
        return defaults.equals(paths) ? null : paths;
    }

    private static SecurityOptions security(JsonNode host) {
        return new SecurityOptions(JsonFields.bool(host, "Privileged"), JsonFields.bool(host, "ReadonlyRootfs"),
                JsonFields.stringOrStrings(host, "CapAdd"), JsonFields.stringOrStrings(host, "CapDrop"),
                SecurityOpts.noNewPrivileges(JsonFields.strings(host, "SecurityOpt")));
    }

    /** 0 is Docker's "the default size". */
    private static Long shmSize(JsonNode host) {
        Long size = JsonFields.positiveOrNull(host, "ShmSize");
        if (size != null && size < 0) {
            throw new InvalidArgumentException("invalid ShmSize " + size + ": it cannot be negative");
        }
        return size;
    }

    private static List<Ulimit> ulimits(JsonNode host) {
        List<Ulimit> ulimits = new ArrayList<>();
        for (JsonNode item : items(host, "Ulimits")) {
            String name = JsonFields.string(item, "Name");
            if (name == null || name.isEmpty()) {
                throw new InvalidArgumentException("invalid HostConfig.Ulimits: each ulimit has a Name");
            }
            ulimits.add(new Ulimit(name, number(item, "Soft"), number(item, "Hard")));
        }
        return ulimits;
    }

    private static long number(JsonNode item, String field) {
        JsonNode n = item.get(field);
        if (n == null || n.isNull()) {
            return 0;
        }
        if (!JsonKind.INTEGER.fits(n)) {
            throw JsonKind.INTEGER.mismatch("HostConfig.Ulimits." + field, n);
        }
        return n.longValue();
    }

    /** A missing PathInContainer is the host path, missing permissions are rwm, as the docker CLI fills them. */
    private static List<DeviceMapping> devices(JsonNode host) {
        List<DeviceMapping> devices = new ArrayList<>();
        for (JsonNode item : items(host, "Devices")) {
            String onHost = JsonFields.string(item, "PathOnHost");
            if (onHost == null || onHost.isEmpty()) {
                throw new InvalidArgumentException("invalid HostConfig.Devices: each device has a PathOnHost");
            }
            String inContainer = JsonFields.string(item, "PathInContainer");
            String permissions = JsonFields.string(item, "CgroupPermissions");
            if (permissions != null && !permissions.matches("[rwm]*")) {
                throw new InvalidArgumentException("invalid device permissions '" + permissions + "' for " + onHost
                        + ": a combination of r, w and m");
            }
            devices.add(new DeviceMapping(onHost, inContainer == null || inContainer.isEmpty() ? onHost : inContainer,
                    permissions == null || permissions.isEmpty() ? "rwm" : permissions));
        }
        return devices;
    }

    private static List<JsonNode> items(JsonNode host, String field) {
        JsonNode array = host.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (array == null || array.isNull()) {
            return items;
        }
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw new InvalidArgumentException("invalid HostConfig." + field + ": each item is an object");
            }
            items.add(item);
        }
        return items;
    }
}

package io.gantry.daemon.internal.route.container.body;

import static io.gantry.daemon.internal.route.container.body.Unsupported.flag;
import static io.gantry.daemon.internal.route.container.body.Unsupported.list;
import static io.gantry.daemon.internal.route.container.body.Unsupported.number;
import static io.gantry.daemon.internal.route.container.body.Unsupported.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.daemon.internal.json.JsonFields;
import java.util.List;

/** The create and update fields of API 1.41 the engine cannot apply yet, and the values that ask for nothing. */
public final class UnsupportedFields {
    private static final List<Unsupported> RESOURCES = List.of(list("DeviceRequests", "--gpus"),
            number("KernelMemoryTCP", "--kernel-memory-tcp"),
            number("CpuCount", "--cpu-count"),
            number("CpuPercent", "--cpu-percent"),
            number("IOMaximumIOps", "--io-maxiops"),
            number("IOMaximumBandwidth", "--io-maxbandwidth"));

    /** HostConfig fields besides the resources. */
    private static final List<Unsupported> HOST = List.of(
            list("VolumesFrom", "--volumes-from"),
            text("Cgroup", "--cgroup"),
            list("StorageOpt", "--storage-opt"),
            text("UsernsMode", "--userns", "host"),
            text("Isolation", "--isolation", "default"));

    /** Resources that create applies and update does not. */
    private static final List<Unsupported> NOT_UPDATED = List.of(list("Devices", "--device"),
            list("Ulimits", "--ulimit"), flag("Init", "--init"));

    private static final List<Unsupported> ENDPOINT = List.of(list("DriverOpts", "--network driver options"));

    private static final List<Unsupported> IPAM = List.of(list("LinkLocalIPs", "--link-local-ip"));

    private UnsupportedFields() {
    }

    /** @throws InvalidArgumentException naming the first field of the create body the engine cannot apply */
    static void checkCreate(JsonNode body) {
        JsonNode host = JsonFields.object(body, "HostConfig");
        Unsupported.check(RESOURCES, host, "HostConfig.");
        Unsupported.check(HOST, host, "HostConfig.");
        for (JsonNode endpoint : JsonFields.object(JsonFields.object(body, "NetworkingConfig"), "EndpointsConfig")) {
            Unsupported.check(ENDPOINT, endpoint, "NetworkingConfig.EndpointsConfig.");
            Unsupported.check(IPAM, JsonFields.object(endpoint, "IPAMConfig"), "NetworkingConfig.EndpointsConfig.");
        }
    }

    /** Shows the defaults of the fields the engine cannot apply, so that inspect's HostConfig is accepted again. */
    public static void showDefaults(ObjectNode host) {
        Unsupported.show(RESOURCES, host);
        Unsupported.show(HOST, host);
    }

    /** Resources and the restart policy can be updated; nothing else. */
    static void checkUpdate(JsonNode body) {
        Unsupported.check(RESOURCES, body, "");
        Unsupported.check(NOT_UPDATED, body, "");
    }
}

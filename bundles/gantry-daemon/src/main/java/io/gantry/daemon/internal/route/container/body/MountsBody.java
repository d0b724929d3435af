package io.gantry.daemon.internal.route.container.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.BindSpec;
import io.gantry.api.container.Mount;
import io.gantry.api.container.RestartPolicy;
import io.gantry.api.container.TmpfsSpec;
import io.gantry.daemon.internal.json.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The mounts of a create body, in the order Binds (host paths, and named volumes as {@code name:/path[:ro,nocopy]}),
 * Mounts, Tmpfs, then an anonymous volume for each path of Config.Volumes (-v /data) that no other mount covers;
 * and the RestartPolicy. A tmpfs takes its size and mode from HostConfig.Tmpfs's options or from
 * Mounts[].TmpfsOptions.
 */
final class MountsBody {
    private MountsBody() {
    }

    static List<Mount> read(JsonNode body, JsonNode host) {
        List<Mount> mounts = hostMounts(host);
        JsonFields.object(body, "Volumes").fieldNames().forEachRemaining(target -> {
            if (mounts.stream().noneMatch(m -> m.target().equals(target))) {
                mounts.add(Mount.volume(null, target, false, null));
            }
        });
        return mounts;
    }

    private static List<Mount> hostMounts(JsonNode host) {
        List<Mount> mounts = new ArrayList<>();
        List<String> binds = JsonFields.strings(host, "Binds");
        if (binds != null) {
            binds.forEach(spec -> mounts.add(BindSpec.parse(spec)));
        }
        JsonNode structured = host.get("Mounts");
        if (structured != null && structured.isArray()) {
            structured.forEach(item -> mounts.add(MountBody.read(item)));
        }
        Map<String, String> tmpfs = JsonFields.stringMap(host, "Tmpfs");
        if (tmpfs != null) {
            tmpfs.forEach((target, options) -> mounts.add(TmpfsSpec.parse(target, options)));
        }
        return mounts;
    }

    static RestartPolicy restartPolicy(JsonNode host) {
        JsonNode policy = JsonFields.object(host, "RestartPolicy");
        Integer retries = JsonFields.integer(policy, "MaximumRetryCount");
        return new RestartPolicy(JsonFields.string(policy, "Name"), retries == null ? 0 : retries);
    }
}

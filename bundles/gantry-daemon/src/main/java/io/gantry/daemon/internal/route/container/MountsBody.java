package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.BindSpec;
import io.gantry.api.container.Mount;
import io.gantry.api.container.RestartPolicy;
import io.gantry.api.container.TmpfsSpec;
import io.gantry.daemon.internal.json.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mounts of a create body, in the order Binds, Mounts, Tmpfs, then an anonymous volume for each path
 * of Config.Volumes (-v /data) that no other mount covers; and the RestartPolicy. A tmpfs takes its size and
 * mode from HostConfig.Tmpfs's options or from Mounts[].TmpfsSpec.
 */
final class MountsBody {
    private MountsBody() {
    }

    static List<Mount> read(JsonNode body, JsonNode host) {
        List<Mount> mounts = hostMounts(host);
        JsonFields.object(body, "Volumes").fieldNames().forEachRemaining(target -> {
            if (mounts.stream().noneMatch(m -> m.target().equals(target))) {
                mounts.add(new Mount(Mount.Type.VOLUME, null, target, false));
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
            structured.forEach(item -> mounts.add(mount(item)));
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

    private static Mount mount(JsonNode item) {
        if (!item.isObject()) {
            throw new InvalidArgumentException("invalid HostConfig.Mounts: each mount is an object");
        }
        String type = JsonFields.string(item, "Type");
        String source = emptyToNull(JsonFields.string(item, "Source"));
        String target = JsonFields.string(item, "Target");
        boolean readOnly = JsonFields.bool(item, "ReadOnly");
        Mount.Type kind = switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "bind" -> Mount.Type.BIND;
            case "volume" -> Mount.Type.VOLUME;
            case "tmpfs" -> Mount.Type.TMPFS;
            default -> throw new InvalidArgumentException("invalid mount config: mount type " + (type == null
                    ? "(none)" : "'" + type + "'") + " is not one of bind, volume or tmpfs");
        };
        if (kind == Mount.Type.TMPFS && source != null) {
            throw new InvalidArgumentException("invalid mount config for type \"tmpfs\": field Source must not be"
                    + " specified");
        }
        JsonNode tmpfs = JsonFields.object(item, "TmpfsOptions");
        if (kind != Mount.Type.TMPFS || tmpfs.isEmpty()) {
            return new Mount(kind, source, target, readOnly);
        }
        Long size = JsonFields.positiveOrNull(tmpfs, "SizeBytes");
        Integer mode = JsonFields.integer(tmpfs, "Mode");
        return new Mount(kind, null, target, readOnly, size, mode);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

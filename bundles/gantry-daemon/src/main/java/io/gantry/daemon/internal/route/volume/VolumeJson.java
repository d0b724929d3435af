package io.gantry.daemon.internal.route.volume;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.volume.Volume;
import io.gantry.daemon.internal.json.Times;
import java.util.TreeMap;

/**
 * A volume in dockerd's shape, its fields in dockerd's order: Labels always an object, Options null when it was made
 * with none, CreatedAt to the second; UsageData only where /system/df asks for it.
 */
public final class VolumeJson {
    private final ObjectMapper json;

    public VolumeJson(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode of(Volume v) {
        ObjectNode o = json.createObjectNode();
        if (v.createdAt() != null) {
            o.put("CreatedAt", Times.rfc3339Seconds(v.createdAt()));
        }
        o.put("Driver", v.driver());
        o.set("Labels", json.valueToTree(new TreeMap<>(v.labels())));
        o.put("Mountpoint", v.mountpoint() == null ? "" : v.mountpoint());
        o.put("Name", v.name());
        o.set("Options", v.options().isEmpty() ? json.nullNode() : json.valueToTree(new TreeMap<>(v.options())));
        o.put("Scope", v.scope());
        return o;
    }

    /**
     * @param size bytes its data takes, -1 when its driver cannot tell (the CLI shows N/A)
     * @param refCount how many containers use it
     */
    public ObjectNode withUsage(Volume v, long size, int refCount) {
        ObjectNode o = of(v);
        o.putObject("UsageData").put("RefCount", refCount).put("Size", size);
        return o;
    }
}

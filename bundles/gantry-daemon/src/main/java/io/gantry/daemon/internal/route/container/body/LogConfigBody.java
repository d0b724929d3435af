package io.gantry.daemon.internal.route.container.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.LogConfig;
import io.gantry.api.container.log.LogDrivers;
import io.gantry.daemon.internal.json.JsonFields;
import java.util.Map;

/**
 * HostConfig.LogConfig ({@code --log-driver}, {@code --log-opt}). A named driver and its options are checked here;
 * options for the engine's default driver, which only the core knows, are checked by the core.
 */
final class LogConfigBody {
    private LogConfigBody() {
    }

    /** Null when the body names no driver and no option: the engine's default then applies. */
    static LogConfig read(JsonNode host) {
        JsonNode log = JsonFields.object(host, "LogConfig");
        String type = JsonFields.string(log, "Type");
        Map<String, String> options = JsonFields.stringMap(log, "Config");
        if ((type == null || type.isEmpty()) && (options == null || options.isEmpty())) {
            return null;
        }
        LogConfig config = new LogConfig(type, options);
        return type == null || type.isEmpty() ? config : LogDrivers.check(config);
    }
}

package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.LogConfig;
import java.util.List;
import java.util.Map;

/** Reads --log-driver and the repeated --log-opt key=value of container:create and container:run. */
public final class LogDriverArgs {
    private LogDriverArgs() {
    }

    /**
     * @param driver null for the engine's default driver
     * @return null when neither is given: the engine's default driver and options apply
     * @throws InvalidArgumentException as the docker CLI, for options given to none
     */
    public static LogConfig parse(String driver, List<String> options) {
        Map<String, String> config = KeyValues.parse("log option", options);
        if (LogConfig.NONE.equals(driver) && !config.isEmpty()) {
            throw new InvalidArgumentException("invalid logging opts for driver " + driver);
        }
        return driver == null && config.isEmpty() ? null : new LogConfig(driver, config);
    }
}

package io.gantry.api.system;

import java.util.List;

/**
 * Engine-wide facts, for `gantry:info` and the API's /info.
 *
 * @param defaultLogDriver the log driver of containers that name none
 */
public record SystemInfo(String version, String dataRoot, String runRoot, String cgroupVersion,
        String defaultRuntime, String defaultStorage, String defaultNetwork, int containers, int running,
        int images, List<ProviderInfo> providers, String defaultLogDriver) {
}

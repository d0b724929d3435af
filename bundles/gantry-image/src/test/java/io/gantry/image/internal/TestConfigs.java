package io.gantry.image.internal;

import io.gantry.api.config.EngineRoots;
import io.gantry.testkit.TestRoots;
import java.lang.annotation.Annotation;
import java.nio.file.Path;

/** Hand-made configuration instances, so tests construct the component directly. */
final class TestConfigs {
    static final String HOST_BUSYBOX = "/bin/busybox";

    private TestConfigs() {
    }

    static GantryImageService service(Path dataRoot) {
        return service(dataRoot, HOST_BUSYBOX, true);
    }

    static GantryImageService service(Path dataRoot, String busyboxPath, boolean busyboxOnDemand) {
        return new GantryImageService(roots(dataRoot), image(busyboxPath, busyboxOnDemand));
    }

    static EngineRoots roots(Path dataRoot) {
        return TestRoots.data(dataRoot);
    }

    static ImageServiceConfig image(String busyboxPath, boolean busyboxOnDemand) {
        return image(busyboxPath, busyboxOnDemand, "");
    }

    static ImageServiceConfig image(String busyboxPath, boolean busyboxOnDemand, String insecureRegistries) {
        return image(busyboxPath, busyboxOnDemand, insecureRegistries, "");
    }

    /** @param authConfig the registry logins file, or "" for the default under the data root */
    static ImageServiceConfig image(String busyboxPath, boolean busyboxOnDemand, String insecureRegistries,
            String authConfig) {
        return image(busyboxPath, busyboxOnDemand, insecureRegistries, authConfig, 30);
    }

    /** A service whose registry requests time out after {@code seconds}. */
    static GantryImageService withRegistryTimeout(Path dataRoot, int seconds) {
        return new GantryImageService(roots(dataRoot), image(HOST_BUSYBOX, false, "", "", seconds));
    }

    static ImageServiceConfig image(String busyboxPath, boolean busyboxOnDemand, String insecureRegistries,
            String authConfig, int registryTimeout) {
        return new ImageServiceConfig() {
            @Override
            public String busybox_path() {
                return busyboxPath;
            }

            @Override
            public boolean busybox_auto() {
                return busyboxOnDemand;
            }

            @Override
            public String insecure_registries() {
                return insecureRegistries;
            }

            @Override
            public String auth_config() {
                return authConfig;
            }

            @Override
            public int registry_timeout() {
                return registryTimeout;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ImageServiceConfig.class;
            }
        };
    }
}

package io.gantry.ns.mnt.internal;

import java.lang.annotation.Annotation;
import java.nio.file.Path;

final class TestConfigs {
    private TestConfigs() {
    }

    static MountConfig mountConfig(Path hostResolvConf) {
        return new MountConfig() {
            @Override
            public String host_resolv_conf() {
                return hostResolvConf.toString();
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return MountConfig.class;
            }
        };
    }
}

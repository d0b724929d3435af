package io.gantry.core.internal;

import java.lang.annotation.Annotation;
import java.nio.file.Path;

/** The engine's configuration with its roots under a test directory. */
record TestCoreConfig(Path root, int stopTimeout) implements CoreConfig {
    TestCoreConfig(Path root) {
        this(root, 10);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return CoreConfig.class;
    }

    @Override
    public String data_root() {
        return root.resolve("data").toString();
    }

    @Override
    public String run_root() {
        return root.resolve("run").toString();
    }

    @Override
    public String cgroup_parent() {
        return "gantry";
    }

    @Override
    public String runtime_default() {
        return "runc";
    }

    @Override
    public String storage_default() {
        return "overlay";
    }

    @Override
    public String network_default() {
        return "none";
    }

    @Override
    public int stop_timeout() {
        return stopTimeout;
    }

    @Override
    public String init_binary() {
        return "";
    }
}

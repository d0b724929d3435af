package io.gantry.daemon.internal;

import java.lang.annotation.Annotation;

/** A daemon configuration with defaults, except for the TCP settings a test gives. */
record TestDaemonConfig(String tcp_address, String tls_cert, String tls_key, String tls_ca, boolean tcp_insecure)
        implements DaemonConfig {

    static TestDaemonConfig tcp(String address, boolean insecure) {
        return new TestDaemonConfig(address, "", "", "", insecure);
    }

    @Override
    public String data_root() {
        return "/var/lib/gantry";
    }

    @Override
    public String run_root() {
        return "/run/gantry";
    }

    @Override
    public String socket() {
        return "";
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return DaemonConfig.class;
    }
}

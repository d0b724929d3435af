package io.gantry.daemon.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the Docker API daemon, from the PID io.gantry.daemon; the engine's folders come from
 * {@link io.gantry.api.config.EngineRoots}, merged in from io.gantry.engine. bnd refuses {@code @Designate} on a
 * component with two PIDs, so the metatype designate comes from {@code pid} here.
 */
@ObjectClassDefinition(pid = "io.gantry.daemon", name = "Gantry daemon",
        description = "The Docker Engine API on a Unix socket, and on TCP with TLS if configured")
public @interface DaemonConfig {
    @AttributeDefinition(description = "Path of the API socket; empty means <run.root>/gantry.sock")
    String socket() default "";

    @AttributeDefinition(description = "Also listen on TCP at host:port, e.g. 127.0.0.1:2376; empty means no TCP")
    String tcp_address() default "";

    @AttributeDefinition(description = "PEM certificate (chain) the TCP listener presents")
    String tls_cert() default "";

    @AttributeDefinition(description = "PEM private key (PKCS#8) of tls.cert")
    String tls_key() default "";

    @AttributeDefinition(description = "PEM CA certificates that client certificates must be signed by")
    String tls_ca() default "";

    @AttributeDefinition(description = "Allow TCP without TLS: anyone who reaches the port is root on the host")
    boolean tcp_insecure() default false;
}

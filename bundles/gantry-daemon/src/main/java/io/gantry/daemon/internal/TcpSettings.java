package io.gantry.daemon.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.daemon.internal.server.TlsFiles;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The TCP listener's settings. TLS with client-certificate verification needs all of tls.cert, tls.key and
 * tls.ca; TCP without TLS is refused unless tcp.insecure is set.
 *
 * @param tls null for plain TCP
 */
record TcpSettings(InetSocketAddress address, TlsFiles tls) {
    /** @return empty when tcp.address is not set */
    static Optional<TcpSettings> from(DaemonConfig config) {
        if (config.tcp_address().isBlank()) {
            return Optional.empty();
        }
        InetSocketAddress address = address(config.tcp_address().trim());
        boolean anyTls = !config.tls_cert().isBlank() || !config.tls_key().isBlank() || !config.tls_ca().isBlank();
        if (!anyTls) {
            if (!config.tcp_insecure()) {
                throw new InvalidArgumentException("refusing to listen on tcp " + config.tcp_address()
                        + " without TLS: set tls.cert, tls.key and tls.ca, or tcp.insecure=true");
            }
            return Optional.of(new TcpSettings(address, null));
        }
        return Optional.of(new TcpSettings(address, new TlsFiles(required("tls.cert", config.tls_cert()),
                required("tls.key", config.tls_key()), required("tls.ca", config.tls_ca()))));
    }

    private static Path required(String name, String value) {
        if (value.isBlank()) {
            throw new InvalidArgumentException("TLS on the tcp listener needs " + name
                    + ": client certificates are always verified");
        }
        return Path.of(value);
    }

    private static InetSocketAddress address(String text) {
        int colon = text.lastIndexOf(':');
        String host = colon < 0 ? "" : text.substring(0, colon).replace("[", "").replace("]", "");
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (colon > 0 && port > 0 && port < 65536) {
                return new InetSocketAddress(host, port);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidArgumentException("invalid tcp.address " + text + ": expected host:port, e.g. 127.0.0.1:2376");
    }
}

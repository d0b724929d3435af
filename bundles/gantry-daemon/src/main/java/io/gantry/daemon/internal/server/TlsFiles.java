package io.gantry.daemon.internal.server;

import java.nio.file.Path;

/**
 * The PEM files of a TLS listener that verifies its clients.
 *
 * @param cert the certificate (chain) the listener presents
 * @param key the PKCS#8 private key of {@code cert}
 * @param ca the CA certificates client certificates must be signed by
 */
public record TlsFiles(Path cert, Path key, Path ca) {
}

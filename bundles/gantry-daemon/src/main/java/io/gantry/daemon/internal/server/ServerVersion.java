package io.gantry.daemon.internal.server;

/** The daemon bundle's version, as the manifest of its jar names it. */
final class ServerVersion {
    static final String VALUE = read();

    private ServerVersion() {
    }

    private static String read() {
        String v = ServerVersion.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}

package io.gantry.ns.mnt.internal;

/** Which --network modes put the container into a network namespace that already exists. */
final class NetworkModes {
    private NetworkModes() {
    }

    static boolean isHost(String networkMode) {
        return "host".equals(networkMode);
    }

    static boolean sharesNamespace(String networkMode) {
        return isHost(networkMode) || networkMode != null && networkMode.startsWith("container:");
    }
}

package io.gantry.core.internal.network;

import io.gantry.api.network.NetworkInfo;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerIndex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What list and inspect show for networks no driver keeps: "host" and "none", and "bridge" before its first
 * use. Their ids are derived from the name, so they stay the same across restarts.
 */
final class PredefinedNetworks {
    private final ContainerIndex index;

    PredefinedNetworks(ContainerIndex index) {
        this.index = index;
    }

    NetworkInfo info(String name, String driver) {
        Set<String> users = index.all().stream().map(ContainerHandle::view)
                .filter(c -> name.equals(c.config().networkMode())).map(c -> c.id()).collect(Collectors.toSet());
        return new NetworkInfo(idOf(name), name, driver, null, null, false, Map.of(), Map.of(), users);
    }

    private static String idOf(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("gantry-network/" + name).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

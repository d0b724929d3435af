package io.gantry.shim.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerIds;
import java.util.Set;

/**
 * Container ids name the shim's folders beside its own "exits" and "sockets", so on top of the engine's id rule
 * those two names are taken.
 */
final class ShimIds {
    private static final Set<String> TAKEN = Set.of(ShimPaths.EXITS, ShimPaths.SOCKETS);

    private ShimIds() {
    }

    static boolean isValid(String id) {
        return ContainerIds.isValid(id) && !TAKEN.contains(id);
    }

    static String check(String id) {
        ContainerIds.check(id);
        if (TAKEN.contains(id)) {
            throw new InvalidArgumentException("invalid container id \"" + id + "\": the shim keeps its "
                    + id + " folder there");
        }
        return id;
    }

    static String checkExec(String id) {
        return ContainerIds.checkExec(id);
    }
}

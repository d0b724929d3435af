package io.gantry.core.internal.spec;

import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Changes the options of mounts already in a spec. */
final class SpecMounts {
    private SpecMounts() {
    }

    static List<String> options(Mount mount) {
        return mount.options() == null ? List.of() : mount.options();
    }

    /** Replaces the options of the mount at {@code index} with what {@code change} makes of a copy of them. */
    static void changeOptions(Spec spec, int index, UnaryOperator<List<String>> change) {
        Mount mount = spec.mounts.get(index);
        List<String> options = change.apply(new ArrayList<>(options(mount)));
        spec.mounts.set(index, new Mount(mount.destination(), mount.type(), mount.source(), options));
    }
}

package io.gantry.core.internal;

import io.gantry.api.GantryException;
import io.gantry.api.oci.Spec;
import java.io.IOException;
import java.nio.file.Path;

/** The OCI spec a started container was created from, as written into its bundle folder. */
final class BundleSpec {
    private BundleSpec() {
    }

    static Spec read(Path bundleDir) {
        Path file = bundleDir.resolve("config.json");
        try {
            return Json.mapper().readValue(file.toFile(), Spec.class);
        } catch (IOException e) {
            throw new GantryException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}

package io.gantry.core.internal.provider;

import io.gantry.api.shim.ShimManager;

/** Told by the {@link ProviderDirectory} when providers come and go; called on the binding thread, so quick. */
public interface ProviderListener {
    /** A network driver, runtime or shim was bound: containers waiting for one may now be reconciled. */
    void providerAdded();

    /** A shim was bound; it reports the exits of the containers it monitors from now on. */
    void shimAdded(ShimManager shim);

    void shimRemoved(ShimManager shim);
}

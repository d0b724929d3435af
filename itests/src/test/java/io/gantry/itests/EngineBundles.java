package io.gantry.itests;

import static org.junit.Assert.assertNotNull;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the engine's bundles, to stop and start them, and waits for their services to come back. */
final class EngineBundles {
    static final String CORE = "io.gantry.core";
    static final String BRIDGE_DRIVER = "io.gantry.net.bridge";

    private EngineBundles() {
    }

    static Bundle bundle(BundleContext context, String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().equals(symbolicName)) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    static <T> T awaitService(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(GantryTestSupport.DEADLINE.toMillis());
            assertNotNull(type.getSimpleName() + " is back", service);
            return service;
        } finally {
            tracker.close();
        }
    }
}

package io.gantry.core.internal.provider;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The bundle a provider's class comes from; both parts are null outside an OSGi framework. */
public record BundleOrigin(String symbolicName, String version) {
    public static BundleOrigin of(Object provider) {
        Bundle bundle = FrameworkUtil.getBundle(provider.getClass());
        return bundle == null ? new BundleOrigin(null, null)
                : new BundleOrigin(bundle.getSymbolicName(), bundle.getVersion().toString());
    }
}

package io.gantry.core.internal;

import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.settings.EngineSettings;

/** A provider directory with the test defaults and nothing bound yet. */
public final class TestProviders {
    private TestProviders() {
    }

    public static ProviderDirectory directory() {
        return new ProviderDirectory(new EngineSettings(TestCoreConfig.defaults()));
    }
}

package io.gantry.api.system;

import org.osgi.annotation.versioning.ProviderType;

@ProviderType
public interface SystemService {
    SystemInfo info();
}

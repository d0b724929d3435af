/** What a spec contributor (namespace provider, cgroup controller) knows about the container being built. */
@Export
@Version("1.1.0")
package io.gantry.api.spec;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

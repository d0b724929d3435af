/** A recording {@link io.gantry.natives.Syscalls} fake for other bundles' unit tests. */
@Export
@Version("1.1.0")
package io.gantry.natives.fake;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** SPI for OCI runtimes (runc, crun) driven through the standard runtime CLI. */
@Export
@Version("1.0.0")
package io.gantry.api.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

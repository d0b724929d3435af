/** SPI for the per-container monitor process that holds stdio, logs and the exit code. */
@Export
@Version("2.0.0")
package io.gantry.api.shim;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

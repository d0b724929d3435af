/** SPI for storage drivers: image layers and container root file systems. */
@Export
@Version("1.1.0")
package io.gantry.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

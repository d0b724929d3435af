/** SPI for network drivers. */
@Export
@Version("1.0.0")
package io.gantry.api.network;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** Volumes: the SPI of volume drivers and the service that users' volumes go through. */
@Export
@Version("1.0.0")
package io.gantry.api.volume;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

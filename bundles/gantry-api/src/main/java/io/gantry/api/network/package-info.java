/** SPI for network drivers: networks, their address management, and containers' endpoints on them. */
@Export
@Version("1.2.0")
package io.gantry.api.network;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

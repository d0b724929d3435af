/** SPI for namespace providers: each adds one Linux namespace to the OCI spec. */
@Export
@Version("1.0.0")
package io.gantry.api.namespace;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

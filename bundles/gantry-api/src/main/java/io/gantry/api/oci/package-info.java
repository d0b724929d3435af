/** Jackson model of the OCI runtime specification (config.json), the subset Gantry writes. */
@Export
@Version("1.2.0")
package io.gantry.api.oci;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

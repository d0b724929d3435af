/** Files of containers: stat, copy in and out, export. */
@Export
@Version("1.0.0")
package io.gantry.api.container.archive;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** Processes run in running containers besides their own. */
@Export
@Version("1.1.0")
package io.gantry.api.container.exec;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

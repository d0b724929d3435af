/** The standard streams and terminal of running containers. */
@Export
@Version("1.1.0")
package io.gantry.api.container.attach;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** Logs, resource usage, processes and file changes of containers. */
@Export
@Version("1.0.0")
package io.gantry.api.container.monitor;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** The container lifecycle service, a container's configuration and its state. */
@Export
@Version("6.0.0")
package io.gantry.api.container;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

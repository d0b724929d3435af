/** Health checks: what a container or image asks to probe, and the state the probes leave. */
@Export
@Version("1.0.0")
package io.gantry.api.container.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

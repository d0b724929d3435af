/** Running external commands (runtime CLIs and the like) with a deadline and their output captured. */
@Export
@Version("1.0.0")
package io.gantry.runtime.oci.process;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

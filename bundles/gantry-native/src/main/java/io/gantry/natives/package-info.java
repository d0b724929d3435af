/** The one Java interface to the libc calls Gantry makes. Tests swap in a recording fake. */
@Export
@Version("1.1.0")
package io.gantry.natives;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

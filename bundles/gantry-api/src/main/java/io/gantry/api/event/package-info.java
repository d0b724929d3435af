/** Engine events (create, start, die, destroy ...). */
@Export
@Version("1.0.0")
package io.gantry.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** Engine-wide information: installed providers and defaults. */
@Export
@Version("2.0.0")
package io.gantry.api.system;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

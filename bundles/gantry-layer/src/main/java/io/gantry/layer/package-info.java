/** Safe extraction of image layer tars, file tree copies and the naming rules storage drivers share. */
@Export
@Version("1.2.0")
package io.gantry.layer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

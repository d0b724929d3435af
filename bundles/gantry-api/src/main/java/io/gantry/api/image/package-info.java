/** The image service and image domain types. */
@Export
@Version("1.5.0")
package io.gantry.api.image;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

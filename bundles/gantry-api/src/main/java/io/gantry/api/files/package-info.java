/** File rules every bundle that keeps state on disk shares. */
@Export
@Version("1.0.0")
package io.gantry.api.files;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

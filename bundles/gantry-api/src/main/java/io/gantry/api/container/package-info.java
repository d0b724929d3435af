/** The container lifecycle service and its domain types. */
@Export
@Version("1.3.0")
package io.gantry.api.container;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

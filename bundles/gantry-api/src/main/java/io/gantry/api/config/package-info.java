/** Configuration types that components of several bundles share. */
@Export
@Version("1.1.0")
package io.gantry.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

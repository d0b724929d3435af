/** Typed errors that every Gantry service throws; edges map them to HTTP codes or shell messages. */
@Export
@Version("1.1.0")
package io.gantry.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

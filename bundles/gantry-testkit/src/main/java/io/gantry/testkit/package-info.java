/**
 * Conformance suites that every implementation of a Gantry SPI runs, third-party ones too, and the
 * fixtures they use: layer tars built in code and a minimal busybox root file system.
 */
@Export
@Version("1.0.0")
package io.gantry.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * Test fixtures for Gantry's bundles and for third-party implementations of its SPIs: layer tars built in code,
 * a minimal busybox root file system and OCI bundle, fake and real cgroup directories, a fake spec context,
 * configuration annotations made by hand, and waiting with a deadline. The conformance suites live in
 * {@link io.gantry.testkit.conformance}.
 */
@Export
@Version("2.1.0")
package io.gantry.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * The conformance suites: one abstract JUnit 5 class per Gantry SPI, which every implementation's test extends
 * (third-party implementations too, by adding the testkit to their build). Each suite states the contract of its
 * SPI; its abstract and protected methods are the hooks for what differs from one implementation to another.
 */
@Export
@Version("1.2.0")
package io.gantry.testkit.conformance;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * In-memory fakes of the engine's services for every bundle's tests: {@link io.gantry.testkit.fake.FakeContainers}
 * holds containers (the lifecycle service), and {@link io.gantry.testkit.fake.FakeAttach},
 * {@link io.gantry.testkit.fake.FakeExec}, {@link io.gantry.testkit.fake.FakeArchive} and
 * {@link io.gantry.testkit.fake.FakeMonitor} answer the narrow container services over it;
 * {@link io.gantry.testkit.fake.FakeImages}, {@link io.gantry.testkit.fake.FakeNetworks} and
 * {@link io.gantry.testkit.fake.FakeEventBus} stand in for the image, network and event services. Each records
 * what it was asked in a public journal, {@code calls}, one line per call that acted: the method's name, then the
 * container's full id (or the image, network or exec it acted on), then its arguments.
 */
@Export
@Version("1.1.0")
package io.gantry.testkit.fake;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** The log drivers a container can choose, their options as Docker checks them, and how a log rotates. */
@Export
@Version("1.0.0")
package io.gantry.api.container.log;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

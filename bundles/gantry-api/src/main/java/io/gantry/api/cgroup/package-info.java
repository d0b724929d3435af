/** SPI for cgroup controllers, plus the v1/v2 cgroup file-system layout they share. */
@Export
@Version("1.1.0")
package io.gantry.api.cgroup;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

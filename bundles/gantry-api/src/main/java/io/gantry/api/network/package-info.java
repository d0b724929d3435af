/**
 * SPI for network drivers: networks, their address management (IPv4 and IPv6 pools, {@link IpAddress} and
 * {@link IpSubnet} for the arithmetic every bundle shares), and containers' endpoints on them.
 */
@Export
@Version("2.0.0")
package io.gantry.api.network;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

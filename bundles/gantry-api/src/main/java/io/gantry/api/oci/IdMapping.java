package io.gantry.api.oci;

public record IdMapping(long containerID, long hostID, long size) {
}

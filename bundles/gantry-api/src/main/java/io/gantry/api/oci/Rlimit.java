package io.gantry.api.oci;

public record Rlimit(String type, long hard, long soft) {
}

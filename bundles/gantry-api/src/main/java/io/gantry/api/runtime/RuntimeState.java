package io.gantry.api.runtime;

/** What `runtime state` reports. status is created, running, paused or stopped. */
public record RuntimeState(String id, String status, int pid, String bundle) {
}

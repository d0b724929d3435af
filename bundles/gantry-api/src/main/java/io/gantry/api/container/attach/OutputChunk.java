package io.gantry.api.container.attach;

import io.gantry.api.container.monitor.LogEntry;

/** Bytes a process wrote to one of its output streams; with a terminal everything is STDOUT. */
public record OutputChunk(LogEntry.Stream stream, byte[] data) {
}

package io.gantry.api.container.monitor;

import java.util.List;

/** `docker top`: ps column titles and one row per process. */
public record TopResult(List<String> titles, List<List<String>> processes) {
}

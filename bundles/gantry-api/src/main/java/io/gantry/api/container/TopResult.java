package io.gantry.api.container;

import java.util.List;

/** `docker top`: ps column titles and one row per process. */
public record TopResult(List<String> titles, List<List<String>> processes) {
}

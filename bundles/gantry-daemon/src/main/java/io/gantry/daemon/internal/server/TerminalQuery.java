package io.gantry.daemon.internal.server;

import io.gantry.api.InvalidArgumentException;

/** The h and w query parameters of a resize request; both are required. */
public record TerminalQuery(int height, int width) {
    public static TerminalQuery of(Exchange ex) {
        Integer height = ex.count("h");
        Integer width = ex.count("w");
        if (height == null || width == null) {
            throw new InvalidArgumentException("resize needs both h and w, got h=" + ex.query("h")
                    + " w=" + ex.query("w"));
        }
        return new TerminalQuery(height, width);
    }
}

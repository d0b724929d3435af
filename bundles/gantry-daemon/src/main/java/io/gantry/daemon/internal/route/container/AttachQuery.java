package io.gantry.daemon.internal.route.container;

import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.stream.DetachKeys;

/**
 * What an attach asks for. Over a WebSocket every stream is attached before API 1.42, as dockerd does it.
 *
 * @param logs the output written so far first
 * @param stream the live output (and stdin) after that
 */
record AttachQuery(boolean stdin, boolean stdout, boolean stderr, boolean logs, boolean stream, String detachKeys) {
    static AttachQuery of(Exchange ex, boolean webSocket) {
        String detachKeys = ex.query("detachKeys");
        DetachKeys.check(detachKeys);
        return new AttachQuery(webSocket || ex.flag("stdin", false), webSocket || ex.flag("stdout", false),
                webSocket || ex.flag("stderr", false), ex.flag("logs", false), ex.flag("stream", false), detachKeys);
    }
}

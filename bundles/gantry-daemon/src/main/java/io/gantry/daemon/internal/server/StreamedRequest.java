package io.gantry.daemon.internal.server;

import io.netty.handler.codec.http.HttpRequest;

/** A request whose route reads the body while it arrives, passed past the aggregator. */
record StreamedRequest(HttpRequest request, Router.Match match, RequestBodyStream body) {
}

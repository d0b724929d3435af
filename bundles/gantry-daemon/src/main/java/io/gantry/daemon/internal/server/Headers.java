package io.gantry.daemon.internal.server;

import io.netty.handler.codec.http.HttpResponse;

/** The headers every API response carries. */
public final class Headers {
    public static final String API_VERSION = "1.41";
    static final String SERVER = "Gantry/" + ServerVersion.VALUE;

    private Headers() {
    }

    static <T extends HttpResponse> T common(T response) {
        response.headers().set("Api-Version", API_VERSION).set("Server", SERVER)
                .set("Docker-Experimental", "false").set("Ostype", "linux");
        return response;
    }
}

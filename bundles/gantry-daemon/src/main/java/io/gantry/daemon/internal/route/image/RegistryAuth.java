package io.gantry.daemon.internal.route.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Registry logins as the docker CLI sends them: the X-Registry-Auth header (base64url JSON of username,
 * password, serveraddress) and the body of POST /auth. An identity token is ignored: Gantry's registry
 * client logs in with username and password only.
 */
final class RegistryAuth {
    static final String HEADER = "X-Registry-Auth";
    static final String DOCKER_HUB = "docker.io";

    private RegistryAuth() {
    }

    /** @return the credentials in the header, or null when it is absent or carries no username */
    static Credentials fromHeader(String header, ObjectMapper json) {
        if (header == null || header.isBlank()) {
            return null;
        }
        JsonNode auth;
        try {
            auth = json.readTree(decode(header.trim()));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidArgumentException("invalid " + HEADER + " header: expected base64url-encoded JSON");
        }
        return auth != null && auth.isObject() ? credentials(auth) : null;
    }

    /** @return the credentials of a login body, or null when it carries no username */
    static Credentials credentials(JsonNode auth) {
        String username = auth.path("username").asText("");
        return username.isEmpty() ? null : new Credentials(username, auth.path("password").asText(""));
    }

    /** "https://index.docker.io/v1/" and "" are Docker Hub; "http://127.0.0.1:5000/" is "127.0.0.1:5000". */
    static String registry(String serverAddress) {
        String host = serverAddress == null ? "" : serverAddress.trim().replaceFirst("^[a-zA-Z]+://", "");
        int slash = host.indexOf('/');
        host = slash < 0 ? host : host.substring(0, slash);
        if (host.isEmpty() || host.equals("index.docker.io") || host.equals("registry-1.docker.io")) {
            return DOCKER_HUB;
        }
        return host;
    }

    private static byte[] decode(String header) {
        try {
            return Base64.getUrlDecoder().decode(header);
        } catch (IllegalArgumentException notUrlSafe) {
            return Base64.getDecoder().decode(header.getBytes(StandardCharsets.US_ASCII));
        }
    }
}

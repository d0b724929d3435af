package io.gantry.image.internal.registry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.image.internal.oci.CanonicalJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns registry error answers ({"errors":[{"code","message"}]}) into engine errors. */
final class RegistryErrors {
    private static final int MAX_BODY = 1 << 16;

    private RegistryErrors() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorBody(List<ErrorEntry> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorEntry(String code, String message) {
    }

    static FailedPreconditionException unauthorized(String registry, HttpResponse<InputStream> response) {
        return new FailedPreconditionException("unauthorized: registry " + registry + " refused the login ("
                + message(response) + ")");
    }

    /** The whole body of a 2xx answer; anything else is an error naming {@code what}. */
    static byte[] requireSuccess(String registry, HttpResponse<InputStream> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw failed(registry, response, what);
        }
        try (InputStream body = response.body()) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new GantryException("registry " + registry + " broke off sending " + what + ": " + e.getMessage(), e);
        }
    }

    static GantryException failed(String registry, HttpResponse<InputStream> response, String what) {
        return new GantryException("registry " + registry + " answered " + response.statusCode() + " to "
                + response.request().method() + " " + what + ": " + message(response));
    }

    /** The registry's own error text, or the status code if the body has none. */
    static String message(HttpResponse<InputStream> response) {
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "HTTP " + response.statusCode();
        }
        try {
            ErrorBody parsed = CanonicalJson.read(body.getBytes(StandardCharsets.UTF_8),
                    ErrorBody.class, "registry error");
            if (parsed.errors() != null && !parsed.errors().isEmpty()) {
                ErrorEntry first = parsed.errors().get(0);
                return first.code() + ": " + first.message();
            }
        } catch (GantryException e) {
            // not a registry error document: show the raw text below
        }
        return body.isBlank() ? "HTTP " + response.statusCode() : body.strip();
    }

    static void discard(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the connection is dropped instead of reused
        }
    }
}

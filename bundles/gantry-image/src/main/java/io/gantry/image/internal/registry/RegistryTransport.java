package io.gantry.image.internal.registry;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.image.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Sends requests to one registry, answering its authentication challenges: a Bearer challenge with a token
 * from the realm it names (fetched with the credentials, if any), a Basic one with the credentials. The
 * answer found is kept for later requests.
 */
final class RegistryTransport {
    private final HttpClient http;
    private final Duration timeout;
    private final String registry;
    private final Credentials credentials;
    private String authorization;

    RegistryTransport(HttpClient http, Duration timeout, String registry, Credentials credentials) {
        this.http = http;
        this.timeout = timeout;
        this.registry = registry;
        this.credentials = credentials;
    }

    /** Sends the request, once more with authorization if the registry asks for it. */
    HttpResponse<InputStream> send(HttpRequest.Builder request) {
        HttpResponse<InputStream> response = sendOnce(request);
        if (response.statusCode() != 401) {
            return response;
        }
        String header = response.headers().firstValue("WWW-Authenticate").orElse("");
        RegistryErrors.discard(response);
        authorization = answer(AuthChallenge.parse(header));
        HttpResponse<InputStream> retried = sendOnce(request);
        if (retried.statusCode() == 401) {
            throw RegistryErrors.unauthorized(registry, retried);
        }
        return retried;
    }

    /** A body that fails, naming {@code what}, once no byte has arrived for the timeout. */
    InputStream guarded(InputStream body, String what) {
        return new StallGuard(body, timeout, what);
    }

    private HttpResponse<InputStream> sendOnce(HttpRequest.Builder request) {
        HttpRequest.Builder copy = request.copy().timeout(timeout);
        if (authorization != null) {
            copy.setHeader("Authorization", authorization);
        }
        HttpRequest built = copy.build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw unreachable(e);
        } catch (HttpTimeoutException e) {
            throw new GantryException("registry " + registry + " did not answer " + built.method() + " "
                    + built.uri() + " within " + timeout.toSeconds() + "s", e);
        } catch (IOException e) {
            throw new GantryException("registry " + registry + " failed " + built.method() + " " + built.uri()
                    + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException("interrupted while talking to registry " + registry, e);
        }
    }

    private String answer(AuthChallenge challenge) {
        if (challenge.isBasic()) {
            if (credentials == null) {
                throw new FailedPreconditionException("unauthorized: registry " + registry
                        + " needs a login");
            }
            return basic();
        }
        if (challenge.isBearer() && challenge.parameter("realm") != null) {
            return "Bearer " + token(challenge);
        }
        throw new GantryException("registry " + registry + " asks for unsupported authentication: "
                + challenge.scheme());
    }

    private String token(AuthChallenge challenge) {
        StringBuilder query = new StringBuilder();
        appendParameter(query, "service", challenge.parameter("service"));
        appendParameter(query, "scope", challenge.parameter("scope"));
        String realm = challenge.parameter("realm");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(realm + (query.length() == 0 ? ""
                : (realm.contains("?") ? "&" : "?") + query))).GET();
        if (credentials != null) {
            request.header("Authorization", basic());
        }
        HttpResponse<InputStream> response = sendOnce(request);
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw RegistryErrors.unauthorized(registry, response);
        }
        return TokenResponse.read(RegistryErrors.requireSuccess(registry, response, "token from " + realm));
    }

    private static void appendParameter(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private String basic() {
        String pair = credentials.username() + ":" + credentials.password();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private GantryException unreachable(IOException e) {
        return new GantryException("cannot reach registry " + registry + ": " + describe(e), e);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

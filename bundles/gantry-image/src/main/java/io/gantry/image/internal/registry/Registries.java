package io.gantry.image.internal.registry;

import io.gantry.api.image.Credentials;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opens registry clients. Plain http is used for loopback registries and those listed as insecure (by host or
 * host:port); https for every other.
 */
public final class Registries {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    private final HttpClient http;
    private final Duration timeout;
    private final Set<String> insecure;

    /** @param insecureList comma-separated hosts or host:port pairs */
    public Registries(String insecureList) {
        this(insecureList, DEFAULT_TIMEOUT);
    }

    /** @param timeout how long a registry may take to accept a connection, and then to answer each request */
    public Registries(String insecureList, Duration timeout) {
        this.insecure = Arrays.stream(insecureList == null ? new String[0] : insecureList.split(","))
                .map(String::trim).filter(entry -> !entry.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public RegistryClient open(RegistryName name, Credentials credentials) {
        return new RegistryClient(new RegistryTransport(http, timeout, name.registry(), credentials), name,
                scheme(name));
    }

    /**
     * Checks a login: GET /v2/ on the registry ("host[:port]" or docker.io), answering its challenge with
     * the credentials.
     *
     * @throws io.gantry.api.FailedPreconditionException if the registry refuses them
     */
    public void checkLogin(String registry, Credentials credentials) {
        RegistryName name = new RegistryName(registry, "");
        RegistryTransport transport = new RegistryTransport(http, timeout, registry, credentials);
        HttpResponse<InputStream> response = transport.send(HttpRequest.newBuilder(
                URI.create(scheme(name) + "://" + name.apiHost() + "/v2/")).GET());
        RegistryErrors.requireSuccess(registry, response, "login check");
    }

    String scheme(RegistryName name) {
        boolean plain = LOOPBACK.contains(name.hostOnly()) || insecure.contains(name.apiHost())
                || insecure.contains(name.hostOnly());
        return plain ? "http" : "https";
    }
}

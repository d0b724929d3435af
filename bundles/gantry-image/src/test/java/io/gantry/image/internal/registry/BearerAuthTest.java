package io.gantry.image.internal.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.image.Credentials;
import io.gantry.image.internal.oci.MediaTypes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Bearer token dance against a loopback stand-in for a registry and its token server. */
class BearerAuthTest {
    private static final byte[] MANIFEST = ("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.DOCKER_MANIFEST
            + "\",\"config\":{},\"layers\":[]}").getBytes(StandardCharsets.UTF_8);
    private static final String LOGIN = "Basic " + Base64.getEncoder().encodeToString(
            "alice:pw".getBytes(StandardCharsets.UTF_8));

    private HttpServer server;
    private final List<String> tokenQueries = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/v2/team/app/manifests/1", this::manifest);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void fetchesATokenWithTheLoginAndRetries() {
        RegistryClient client = new Registries("").open(RegistryName.of(host() + "/team/app"),
                new Credentials("alice", "pw"));

        FetchedManifest manifest = client.manifest("1", "app:1");

        assertArrayEquals(MANIFEST, manifest.content());
        assertEquals(MediaTypes.DOCKER_MANIFEST, manifest.mediaType());
        assertEquals(List.of("service=stand-in&scope=repository%3Ateam%2Fapp%3Apull"), tokenQueries);
    }

    @Test
    void aRefusedLoginIsUnauthorized() {
        RegistryClient client = new Registries("").open(RegistryName.of(host() + "/team/app"),
                new Credentials("alice", "wrong"));

        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> client.manifest("1", "app:1"));
        assertTrue(e.getMessage().startsWith("unauthorized: registry " + host()), e.getMessage());
    }

    private String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenQueries.add(exchange.getRequestURI().getRawQuery());
        boolean loggedIn = LOGIN.equals(exchange.getRequestHeaders().getFirst("Authorization"));
        respond(exchange, loggedIn ? 200 : 401, loggedIn ? "{\"token\":\"t0k\"}" : "{\"errors\":[{\"code\":"
                + "\"UNAUTHORIZED\",\"message\":\"bad login\"}]}", null);
    }

    private void manifest(HttpExchange exchange) throws IOException {
        if (!"Bearer t0k".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "", "Bearer realm=\"http://" + host() + "/token\",service=\"stand-in\","
                    + "scope=\"repository:team/app:pull\"");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", MediaTypes.DOCKER_MANIFEST);
        exchange.sendResponseHeaders(200, MANIFEST.length);
        exchange.getResponseBody().write(MANIFEST);
        exchange.close();
    }

    private static void respond(HttpExchange exchange, int status, String body, String challenge) throws IOException {
        if (challenge != null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", challenge);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

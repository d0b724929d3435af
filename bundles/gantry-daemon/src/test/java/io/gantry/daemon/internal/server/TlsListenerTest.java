package io.gantry.daemon.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.daemon.internal.ApiTestBase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TCP listener with TLS, against certificates openssl makes for the test (skipped without openssl). */
class TlsListenerTest extends ApiTestBase {
    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    @TempDir
    Path certs;

    @Test
    void aClientWithACertificateOfTheCaIsServedAndOthersAreRefused() throws Exception {
        assumeTrue(Files.isExecutable(OPENSSL), "openssl is not installed: cannot make test certificates");
        makeCa("ca");
        makeCa("rogue-ca");
        makeCert("server", "ca", "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        makeCert("client", "ca", "extendedKeyUsage=clientAuth\n");
        makeCert("rogue", "rogue-ca", "extendedKeyUsage=clientAuth\n");
        int port = freePort();
        SSLContext serverTls = PemTls.context(tls("server", "ca"));
        assertTrue(server.listenTcp(new InetSocketAddress("127.0.0.1", port), serverTls).await(10, TimeUnit.SECONDS));
        URI ping = URI.create("https://127.0.0.1:" + port + "/_ping");
        HttpResponse<String> ok = client(PemTls.context(tls("client", "ca"))).send(
                HttpRequest.newBuilder(ping).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode());
        assertEquals("OK", ok.body());
        assertThrows(IOException.class, () -> client(PemTls.context(tls("rogue", "ca")))
                .send(HttpRequest.newBuilder(ping).build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void plainTcpServesWhenAllowed() throws Exception {
        int port = freePort();
        assertTrue(server.listenTcp(new InetSocketAddress("127.0.0.1", port), null).await(10, TimeUnit.SECONDS));
        HttpResponse<String> ok = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/_ping")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("OK", ok.body());
    }

    @Test
    void aKeyThatIsNotPkcs8IsRefusedByName() throws Exception {
        assumeTrue(Files.isExecutable(OPENSSL), "openssl is not installed: cannot make test certificates");
        makeCa("c");
        Path cert = certs.resolve("c.pem");
        Path key = Files.writeString(certs.resolve("k.pem"),
                "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> PemTls.context(new TlsFiles(cert, key, cert)));
        assertTrue(e.getMessage().contains("no PKCS#8 private key (BEGIN PRIVATE KEY) in " + key), e.getMessage());
    }

    private TlsFiles tls(String name, String ca) {
        return new TlsFiles(certs.resolve(name + ".pem"), certs.resolve(name + ".key"), certs.resolve(ca + ".pem"));
    }

    private static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private void makeCa(String name) throws Exception {
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", name + ".key", "-out", name + ".pem", "-days", "1", "-subj", "/CN=" + name);
    }

    private void makeCert(String name, String ca, String extensions) throws Exception {
        Files.writeString(certs.resolve(name + ".ext"), extensions);
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", name + ".key", "-out", name + ".csr", "-subj", "/CN=" + name);
        openssl("x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key", "-CAcreateserial",
                "-out", name + ".pem", "-days", "1", "-extfile", name + ".ext");
    }

    private void openssl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(OPENSSL.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(certs.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "openssl finished");
        assertEquals(0, p.exitValue(), output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

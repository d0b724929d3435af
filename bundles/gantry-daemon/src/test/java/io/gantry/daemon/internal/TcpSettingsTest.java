package io.gantry.daemon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.daemon.internal.server.TlsFiles;
import io.gantry.testkit.ConfigAnnotations;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TcpSettingsTest {
    private static DaemonConfig tcp(String address, boolean insecure) {
        return config(address, "", "", "", insecure);
    }

    private static DaemonConfig config(String address, String cert, String key, String ca, boolean insecure) {
        return ConfigAnnotations.of(DaemonConfig.class, Map.of("tcp_address", address, "tls_cert", cert,
                "tls_key", key, "tls_ca", ca, "tcp_insecure", insecure));
    }

    @Test
    void noAddressMeansNoTcpListener() {
        assertTrue(TcpSettings.from(tcp("", false)).isEmpty());
    }

    @Test
    void tcpWithoutTlsIsRefusedUnlessInsecureIsSet() {
        assertEquals("refusing to listen on tcp 127.0.0.1:2375 without TLS: set tls.cert, tls.key and tls.ca,"
                + " or tcp.insecure=true", assertThrows(InvalidArgumentException.class,
                        () -> TcpSettings.from(tcp("127.0.0.1:2375", false))).getMessage());
        TcpSettings plain = TcpSettings.from(tcp("127.0.0.1:2375", true)).orElseThrow();
        assertEquals(2375, plain.address().getPort());
        assertNull(plain.tls());
    }

    @Test
    void tlsNeedsCertKeyAndCa() {
        DaemonConfig noCa = config("127.0.0.1:2376", "/c.pem", "/k.pem", "", false);
        assertEquals("TLS on the tcp listener needs tls.ca: client certificates are always verified",
                assertThrows(InvalidArgumentException.class, () -> TcpSettings.from(noCa)).getMessage());
        TcpSettings tls = TcpSettings.from(config("127.0.0.1:2376", "/c.pem", "/k.pem", "/ca.pem",
                false)).orElseThrow();
        assertEquals(new TlsFiles(Path.of("/c.pem"), Path.of("/k.pem"), Path.of("/ca.pem")), tls.tls());
    }

    @Test
    void addressesMustBeHostAndPort() {
        for (String bad : new String[] {"2376", "127.0.0.1", "127.0.0.1:http", "127.0.0.1:70000"}) {
            assertEquals("invalid tcp.address " + bad + ": expected host:port, e.g. 127.0.0.1:2376",
                    assertThrows(InvalidArgumentException.class,
                            () -> TcpSettings.from(tcp(bad, true))).getMessage());
        }
    }
}

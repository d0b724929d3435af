package io.gantry.daemon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TcpSettingsTest {

    @Test
    void noAddressMeansNoTcpListener() {
        assertTrue(TcpSettings.from(TestDaemonConfig.tcp("", false)).isEmpty());
    }

    @Test
    void tcpWithoutTlsIsRefusedUnlessInsecureIsSet() {
        assertEquals("refusing to listen on tcp 127.0.0.1:2375 without TLS: set tls.cert, tls.key and tls.ca,"
                + " or tcp.insecure=true", assertThrows(InvalidArgumentException.class,
                        () -> TcpSettings.from(TestDaemonConfig.tcp("127.0.0.1:2375", false))).getMessage());
        TcpSettings plain = TcpSettings.from(TestDaemonConfig.tcp("127.0.0.1:2375", true)).orElseThrow();
        assertEquals(2375, plain.address().getPort());
        assertNull(plain.tls());
    }

    @Test
    void tlsNeedsCertKeyAndCa() {
        TestDaemonConfig noCa = new TestDaemonConfig("127.0.0.1:2376", "/c.pem", "/k.pem", "", false);
        assertEquals("TLS on the tcp listener needs tls.ca: client certificates are always verified",
                assertThrows(InvalidArgumentException.class, () -> TcpSettings.from(noCa)).getMessage());
        TcpSettings tls = TcpSettings.from(new TestDaemonConfig("127.0.0.1:2376", "/c.pem", "/k.pem", "/ca.pem",
                false)).orElseThrow();
        assertEquals(new TcpSettings.Tls(Path.of("/c.pem"), Path.of("/k.pem"), Path.of("/ca.pem")), tls.tls());
    }

    @Test
    void addressesMustBeHostAndPort() {
        for (String bad : new String[] {"2376", "127.0.0.1", "127.0.0.1:http", "127.0.0.1:70000"}) {
            assertEquals("invalid tcp.address " + bad + ": expected host:port, e.g. 127.0.0.1:2376",
                    assertThrows(InvalidArgumentException.class,
                            () -> TcpSettings.from(TestDaemonConfig.tcp(bad, true))).getMessage());
        }
    }
}

package io.gantry.shell.internal.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.PortBinding;
import org.junit.jupiter.api.Test;

class PortSpecsTest {
    @Test
    void readsAddressHostPortContainerPortAndProtocol() {
        assertEquals(new PortBinding("127.0.0.1", 18080, 80, "tcp"), PortSpecs.parse("127.0.0.1:18080:80"));
        assertEquals(new PortBinding("", 5353, 53, "udp"), PortSpecs.parse("5353:53/udp"));
    }

    @Test
    void missingHostPortAsksForAFreeOne() {
        assertEquals(new PortBinding("", 0, 80, "tcp"), PortSpecs.parse("80"));
        assertEquals(new PortBinding("127.0.0.1", 0, 80, "tcp"), PortSpecs.parse("127.0.0.1::80"));
    }

    @Test
    void rejectsMalformedValuesNamingThem() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> PortSpecs.parse("80/sctp"));
        assertEquals("invalid port '80/sctp': expected [ip:][hostPort:]containerPort[/tcp|udp]", e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> PortSpecs.parse("a:b"));
        assertThrows(InvalidArgumentException.class, () -> PortSpecs.parse("1:2:3:4"));
        assertThrows(InvalidArgumentException.class, () -> PortSpecs.parse("70000:80"));
    }
}

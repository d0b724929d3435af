package io.gantry.api.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortSpecTest {
    @Test
    void readsAddressHostPortContainerPortAndProtocol() {
        assertEquals(new PortBinding("127.0.0.1", 18080, 80, "tcp"), PortSpec.published("127.0.0.1:18080:80"));
        assertEquals(new PortBinding("", 5353, 53, "udp"), PortSpec.published("5353:53/udp"));
    }

    @Test
    void missingOrZeroHostPortAsksForAFreeOne() {
        assertEquals(new PortBinding("", 0, 80, "tcp"), PortSpec.published("80"));
        assertEquals(new PortBinding("127.0.0.1", 0, 80, "tcp"), PortSpec.published("127.0.0.1::80"));
        assertEquals(new PortBinding("", 0, 80, "tcp"), PortSpec.published("0:80"));
        assertEquals(new PortBinding("127.0.0.1", 0, 80, "tcp"), PortSpec.published("127.0.0.1:0:80"));
    }

    @Test
    void protocolsAreReadInAnyCaseAndWrittenLowerCase() {
        assertEquals(new PortBinding("", 5353, 53, "udp"), PortSpec.published("5353:53/UDP"));
        assertEquals(new PortBinding("", 0, 80, "tcp"), PortSpec.published("80/Tcp"));
        assertEquals(new PortBinding("", 0, 53, "udp"), PortSpec.exposed("53/UDP"));
        assertEquals("80/tcp", PortSpec.normal("80/TCP"));
    }

    @Test
    void anIpv6HostAddressIsWrittenInBrackets() {
        assertEquals(new PortBinding("::1", 8080, 80, "tcp"), PortSpec.published("[::1]:8080:80"));
        assertEquals(new PortBinding("::1", 0, 80, "tcp"), PortSpec.published("[::1]::80/tcp"));
        assertEquals(new PortBinding("fe80::1", 53, 53, "udp"), PortSpec.published("[fe80::1]:53:53/udp"));
    }

    @Test
    void exposedPortsAreBoundToAFreePortOfEveryAddress() {
        assertEquals(new PortBinding("", 0, 80, "tcp"), PortSpec.exposed("80"));
        assertEquals(new PortBinding("", 0, 53, "udp"), PortSpec.exposed("53/udp"));
        assertEquals("53/udp", PortSpec.normal("53/udp"));
        assertEquals("8080/tcp", PortSpec.normal("8080"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "published ; 80/sctp ; the protocol must be tcp or udp",
        "published ; 1:2:3:4 ; expected [ip:][hostPort:]containerPort[/tcp|udp]",
        "published ; [::1]:80 ; expected [ip:][hostPort:]containerPort[/tcp|udp]",
        "published ; [::1]:1:2:80 ; expected [ip:][hostPort:]containerPort[/tcp|udp]",
        "published ; [::1::80 ; expected [ip:][hostPort:]containerPort[/tcp|udp]",
        "published ; 0 ; the container port must be a number from 1 to 65535",
        "published ; 80: ; the container port must be a number from 1 to 65535",
        "published ; 8080:70000 ; the container port must be a number from 1 to 65535",
        "published ; +80 ; the container port must be a number from 1 to 65535",
        "published ; a:b ; the host port must be a number from 0 to 65535",
        "published ; 70000:80 ; the host port must be a number from 0 to 65535",
        "published ; -1:80 ; the host port must be a number from 0 to 65535",
        "exposed ; 0 ; the container port must be a number from 1 to 65535",
        "exposed ; x ; the container port must be a number from 1 to 65535",
        "exposed ; 70000 ; the container port must be a number from 1 to 65535",
        "exposed ; 8080:80 ; the container port must be a number from 1 to 65535",
        "exposed ; 80/sctp ; the protocol must be tcp or udp",
    })
    void refusesBadPortsNamingThem(String form, String spec, String why) {
        Function<String, PortBinding> parse = form.equals("exposed") ? PortSpec::exposed : PortSpec::published;
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> parse.apply(spec));
        assertEquals("invalid port '" + spec + "': " + why, e.getMessage());
    }

    @Test
    void aHostPortOnItsOwnMayBeEmptyOrZeroForAFreeOne() {
        assertEquals(8080, PortSpec.hostPort("8080"));
        assertEquals(0, PortSpec.hostPort("0"));
        assertEquals(0, PortSpec.hostPort(""));
        assertEquals(0, PortSpec.hostPort(null));
        assertEquals("invalid port '65536': the host port must be a number from 0 to 65535",
                assertThrows(InvalidArgumentException.class, () -> PortSpec.hostPort("65536")).getMessage());
    }
}

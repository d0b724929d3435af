package io.gantry.api.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IpAddressTest {
    @Test
    void ipv6IsWrittenAsRfc5952AndDockerWriteIt() {
        Map<String, String> written = Map.of("FD67:616E:7472:0001:0000:0000:0000:0002", "fd67:616e:7472:1::2",
                "::", "::", "::1", "::1", "1::", "1::", "fd00:0:0:1:0:0:0:1", "fd00:0:0:1::1",
                "2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1", "fd00:1:2:3:4:5:6:7", "fd00:1:2:3:4:5:6:7",
                "fd00::0:1", "fd00::1", "::10.1.2.3", "::a01:203");
        written.forEach((text, canonical) -> assertEquals(canonical, IpAddress.parse(text, "address").toString(), text));
    }

    @Test
    void ipv4IsTheDottedQuadWithoutLeadingZeros() {
        assertEquals("10.231.0.255", IpAddress.parse("10.231.0.255", "address").toString());
        for (String bad : List.of("10.1.1", "10.01.1.1", "256.1.1.1", "1.2.3.4.5", "a.b.c.d", "", "fd00:::1",
                "fd00::1::2", "1:2:3:4:5:6:7:8:9", "12345::", "fe80::1%eth0", "[::1]")) {
            assertFalse(IpAddress.isIp(bad), bad);
        }
        assertEquals("invalid gateway 10.1.1: not an IP address",
                assertThrows(InvalidArgumentException.class, () -> IpAddress.parse("10.1.1", "gateway")).getMessage());
        assertEquals("invalid gateway fd00::1: not an IPv4 address", assertThrows(InvalidArgumentException.class,
                () -> IpAddress.parse("fd00::1", "gateway", false)).getMessage());
    }

    @Test
    void subnetsParseStrictlyAndDoTheirArithmetic() {
        IpSubnet v6 = IpSubnet.parse("fd67:616e:7472:1::/64", "subnet");
        assertEquals("fd67:616e:7472:1::1", v6.address(1).toString());
        assertEquals(BigInteger.ONE.shiftLeft(64), v6.size());
        assertTrue(v6.contains(IpAddress.parse("fd67:616e:7472:1:ffff::9", "a")));
        assertFalse(v6.contains(IpAddress.parse("10.0.0.1", "a")), "no address of another family");
        assertTrue(v6.covers(IpSubnet.parse("fd67:616e:7472:1::100/120", "r")));
        assertFalse(v6.overlaps(IpSubnet.parse("0.0.0.0/0", "s")));
        assertEquals("10.88.255.255", IpSubnet.parse("10.88.0.0/16", "s").last().toString());
        assertEquals("10.88.0.0/16", IpSubnet.containing(IpAddress.parse("10.88.7.9", "a"), 16).toString());
        Map<String, String> refused = Map.of(
                "fd00::1/64", "invalid subnet fd00::1/64: host bits are set, did you mean fd00::/64?",
                "fd00::/129", "invalid subnet fd00::/129: prefix length must be 0 to 128",
                "10.0.0.0/x", "invalid subnet 10.0.0.0/x: prefix length is not a number",
                "10.0.0.0", "invalid subnet 10.0.0.0: expected a CIDR such as 10.90.0.0/24 or fd67:616e:7472:1::/64");
        refused.forEach((cidr, message) -> assertEquals(message, assertThrows(InvalidArgumentException.class,
                () -> IpSubnet.parse(cidr, "subnet")).getMessage()));
    }
}

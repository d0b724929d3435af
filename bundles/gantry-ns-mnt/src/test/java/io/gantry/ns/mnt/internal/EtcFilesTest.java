package io.gantry.ns.mnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EtcFilesTest {

    @Test
    void hostsHasLocalhostAndTheHostname() {
        assertEquals("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n127.0.1.1\tweb\n",
                EtcFiles.hosts("web", Map.of()));
    }

    @Test
    void hostsAddsShortNameOfAQualifiedHostname() {
        assertEquals("127.0.1.1\tdb.example.com db", EtcFiles.hosts("db.example.com", Map.of()).lines().toList().get(2));
    }

    @Test
    void hostsListsThePeersAfterTheLoopbackLines() {
        Map<String, String> peers = new LinkedHashMap<>();
        peers.put("web", "10.90.0.2");
        peers.put("db", "10.90.0.3");
        assertEquals(List.of("10.90.0.2\tweb", "10.90.0.3\tdb"),
                EtcFiles.hosts("web", peers).lines().skip(3).toList());
    }

    @Test
    void resolvConfDropsLoopbackNameserversAndKeepsTheRest() {
        List<String> host = List.of("# managed by dhcp", "nameserver 127.0.0.53", "nameserver 10.0.0.2",
                "nameserver\t::1", "nameserver 2001:db8::1", "search corp.example", "options edns0 trust-ad");
        assertEquals("# managed by dhcp\nnameserver 10.0.0.2\nnameserver 2001:db8::1\nsearch corp.example\n"
                + "options edns0 trust-ad\n", EtcFiles.resolvConf(host));
    }

    @Test
    void resolvConfKeepsSearchAndOptionsWhenOnlyLoopbackNameserversExist() {
        assertEquals("options edns0\nsearch lan\n",
                EtcFiles.resolvConf(List.of("nameserver 127.0.0.53", "options edns0", "search lan")));
    }

    @Test
    void resolvConfIsEmptyWithoutHostFile() {
        assertEquals("", EtcFiles.resolvConf(List.of()));
    }
}

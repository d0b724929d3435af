package io.gantry.core.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gantry.api.network.NetworkAttachment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostsFileTest {
    @TempDir
    Path dir;

    @Test
    void peersOnTheContainersSubnetsAreReplacedAndEveryOtherLineStays() throws Exception {
        Path hosts = dir.resolve("hosts");
        Files.writeString(hosts, "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n127.0.1.1\tweb\n"
                + "10.9.8.7\tdb.test\n10.88.0.5\tgone\n10.88.0.2\tweb\n");
        NetworkAttachment network = new NetworkAttachment("bridge", "eth0", "10.88.0.2", 16, "10.88.0.1", null, null);

        HostsFile.rewrite(hosts, new PeerHosts(Map.of("web", "10.88.0.2", "new", "10.88.1.6"), Map.of()),
                List.of(network));

        List<String> lines = Files.readAllLines(hosts);
        assertEquals(List.of("127.0.0.1\tlocalhost", "::1\tlocalhost ip6-localhost", "127.0.1.1\tweb",
                "10.9.8.7\tdb.test"), lines.subList(0, 4));
        assertEquals(List.of("10.88.0.2\tweb", "10.88.1.6\tnew").stream().sorted().toList(),
                lines.subList(4, lines.size()).stream().sorted().toList());
    }

    @Test
    void ipv6PeersOnTheContainersIpv6SubnetAreReplacedAfterTheIpv4Ones() throws Exception {
        Path hosts = dir.resolve("hosts");
        Files.writeString(hosts, "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\nfd67:1::9\tgone\n"
                + "fd99::7\tother.net\n10.88.0.9\tgone\n");
        NetworkAttachment dual = new NetworkAttachment("dual", "eth0", "10.88.0.2", 24, "10.88.0.1", "fd67:1::2", 64,
                "fd67:1::1", null, null);

        HostsFile.rewrite(hosts, new PeerHosts(Map.of("web", "10.88.0.2", "db", "10.88.0.3"),
                Map.of("web", "fd67:1::2", "db", "fd67:1::3")), List.of(dual));

        assertEquals(List.of("127.0.0.1\tlocalhost", "::1\tlocalhost ip6-localhost", "fd99::7\tother.net",
                "10.88.0.3\tdb", "10.88.0.2\tweb", "fd67:1::3\tdb", "fd67:1::2\tweb"), Files.readAllLines(hosts));
    }

    @Test
    void aFileWhoseContentStaysIsNotWrittenAndAShorterOneIsCutToLength() throws Exception {
        Path hosts = dir.resolve("hosts");
        Files.writeString(hosts, "127.0.0.1\tlocalhost\n10.88.0.3\tdb-with-a-long-name\n10.88.0.2\tweb\n");
        NetworkAttachment network = new NetworkAttachment("bridge", "eth0", "10.88.0.2", 16, "10.88.0.1", null, null);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(hosts, old);
        Object inode = Files.readAttributes(hosts, BasicFileAttributes.class).fileKey();

        HostsFile.rewrite(hosts, new PeerHosts(Map.of("web", "10.88.0.2", "db-with-a-long-name", "10.88.0.3"),
                Map.of()), List.of(network));
        assertEquals(old, Files.getLastModifiedTime(hosts));

        HostsFile.rewrite(hosts, new PeerHosts(Map.of("web", "10.88.0.2"), Map.of()), List.of(network));
        assertEquals("127.0.0.1\tlocalhost\n10.88.0.2\tweb\n", Files.readString(hosts));
        assertEquals(inode, Files.readAttributes(hosts, BasicFileAttributes.class).fileKey());
    }

    @Test
    void aMissingFileIsLeftAlone() {
        HostsFile.rewrite(dir.resolve("none"), new PeerHosts(Map.of("a", "10.0.0.2"), Map.of()), List.of());
        assertFalse(Files.exists(dir.resolve("none")));
    }
}

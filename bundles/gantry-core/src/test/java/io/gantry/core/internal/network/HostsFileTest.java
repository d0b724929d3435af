package io.gantry.core.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gantry.api.network.NetworkAttachment;
import java.nio.file.Files;
import java.nio.file.Path;
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

        HostsFile.rewrite(hosts, Map.of("web", "10.88.0.2", "new", "10.88.1.6"), List.of(network));

        List<String> lines = Files.readAllLines(hosts);
        assertEquals(List.of("127.0.0.1\tlocalhost", "::1\tlocalhost ip6-localhost", "127.0.1.1\tweb",
                "10.9.8.7\tdb.test"), lines.subList(0, 4));
        assertEquals(List.of("10.88.0.2\tweb", "10.88.1.6\tnew").stream().sorted().toList(),
                lines.subList(4, lines.size()).stream().sorted().toList());
    }

    @Test
    void aMissingFileIsLeftAlone() {
        HostsFile.rewrite(dir.resolve("none"), Map.of("a", "10.0.0.2"), List.of());
        assertFalse(Files.exists(dir.resolve("none")));
    }
}

package io.gantry.net.cni.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.PortBinding;
import java.util.List;
import org.junit.jupiter.api.Test;

class CniResultTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bridgeResultGivesTheContainerInterfaceAddressesGatewaysAndMac() throws Exception {
        String bridge = """
                {"cniVersion": "1.0.0",
                 "interfaces": [{"name": "cni0", "mac": "6a:da:6a:9d:f9:13"}, {"name": "veth5618cc52", "mac": "2e:ac:68:e4:08:a2"},
                                {"name": "eth1", "mac": "ba:46:1f:ce:b5:49", "sandbox": "/run/netns/x"}],
                 "ips": [{"interface": 2, "address": "fd00::5/64"}, {"interface": 2, "address": "10.231.77.2/24", "gateway": "10.231.77.1"}],
                 "routes": [{"dst": "0.0.0.0/0"}, {"dst": "::/0", "gw": "fd00::1"}], "dns": {}}""";
        List<PortBinding> ports = List.of(PortBinding.tcp(8080, 80));

        NetworkAttachment attachment = new CniResult(JSON.readTree(bridge), "eth1").attachment("blue", ports);
        assertEquals(new NetworkAttachment("blue", "eth1", "10.231.77.2", 24, "10.231.77.1", "fd00::5", 64, "fd00::1",
                "ba:46:1f:ce:b5:49", ports), attachment);
    }

    @Test
    void withoutInterfaceIndexTheGatewayComesFromTheDefaultRoute() throws Exception {
        String ptp = """
                {"cniVersion": "0.4.0", "interfaces": [{"name": "eth0", "mac": "02:00:00:00:00:07", "sandbox": "/x"}],
                 "ips": [{"version": "4", "address": "10.1.2.7/32"}], "routes": [{"dst": "0.0.0.0/0", "gw": "10.1.2.1"}]}""";

        NetworkAttachment attachment = new CniResult(JSON.readTree(ptp), "eth0").attachment("p", List.of());
        assertEquals(new NetworkAttachment("p", "eth0", "10.1.2.7", 32, "10.1.2.1", "02:00:00:00:00:07", List.of()),
                attachment);
    }

    @Test
    void noResultGivesAnAttachmentWithoutAddress() {
        NetworkAttachment attachment = new CniResult(null, "eth0").attachment("n", List.of());
        assertEquals("eth0", attachment.interfaceName());
        assertNull(attachment.ipv4Address());
        assertNull(new CniResult(null, "eth0").ipv4());
    }
}

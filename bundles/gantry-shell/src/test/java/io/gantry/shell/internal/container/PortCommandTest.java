package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.PortBinding;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.shell.internal.Containers;
import io.gantry.testkit.fake.FakeContainers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PortCommandTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeContainers containers = new FakeContainers();

    @Test
    void printsEachPublishedPortLikeDocker() throws Exception {
        Container c = Containers.created(Containers.id("ab"), "web", ContainerConfig.builder("busybox").build(),
                Instant.EPOCH);
        NetworkAttachment attachment = new NetworkAttachment("bridge", "eth0", "172.18.0.2", 16, "172.18.0.1", null,
                List.of(new PortBinding("127.0.0.1", 18080, 80, "tcp"), new PortBinding("", 5353, 53, "udp")));
        containers.add(new Container(c.id(), c.name(), c.imageId(), c.config(), c.state(), c.created(), null, null, 0,
                null, false, null, "runc", "overlay", "/rootfs", "/log", 0, List.of(attachment)));
        PortCommand port = parse(new PortCommand(), "web");
        port.containers = containers;
        port.execute();
        assertEquals("80/tcp -> 127.0.0.1:18080\n53/udp -> 0.0.0.0:5353\n", console.out());
    }
}

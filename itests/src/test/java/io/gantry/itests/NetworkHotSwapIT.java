package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import io.gantry.api.network.PortBinding;
import java.util.List;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** The bridge driver bundle goes away and comes back while a container on one of its networks runs. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NetworkHotSwapIT extends GantryTestSupport {
    @Inject
    protected NetworkService networks;

    @After
    public void removeAll() throws Exception {
        Bundle driver = EngineBundles.bundle(bundleContext, EngineBundles.BRIDGE_DRIVER);
        if (driver.getState() != Bundle.ACTIVE) {
            driver.start();
        }
        waitFor("the bridge driver is back", this::bridgeDriverIsBound);
        for (Container c : containers.list(true)) {
            containers.remove(c.id(), true);
        }
        networks.pruneNetworks();
    }

    @Test
    public void aRunningContainerKeepsItsNetworkWhileTheDriverBundleIsStoppedAndStarted() throws Exception {
        String bridge = "gtbr-" + networks.createNetwork("bridge", NetworkSpec.named("it-swap")).id().substring(0, 10);
        int port = HostNetwork.freePort();
        Container web = containers.create(web().ports(List.of(new PortBinding("127.0.0.1", port, 80, "tcp"))).build());
        containers.start(web.id());
        String hostname = web.id().substring(0, 12);
        assertEquals(hostname, HostNetwork.fetch(port));
        String veth = HostNetwork.hostVethOf(web.id());
        Container startedLater = containers.create(web().build());

        Bundle driver = EngineBundles.bundle(bundleContext, EngineBundles.BRIDGE_DRIVER);
        driver.stop();
        assertEquals("reachable with the driver stopped", hostname, HostNetwork.fetch(port));
        List<String> kept = HostNetwork.tracesOf(web.id(), veth, port);
        assertTrue(kept.toString(), kept.contains("link " + veth));
        assertTrue(kept.toString(), kept.stream().anyMatch(t -> t.contains("--dport " + port) && t.contains("DNAT")));
        assertEquals(ContainerState.RUNNING, containers.inspect(web.id()).state());

        NotFoundException create = assertThrows(NotFoundException.class, () -> containers.create(web().build()));
        assertTrue(create.getMessage(),
                create.getMessage().contains("network driver bridge of network it-swap is not installed"));
        NotFoundException start = assertThrows(NotFoundException.class, () -> containers.start(startedLater.id()));
        assertTrue(start.getMessage(), start.getMessage().contains("no network driver named bridge is installed"));
        assertEquals(ContainerState.CREATED, containers.inspect(startedLater.id()).state());
        assertEquals(List.of(), HostNetwork.tracesOf(startedLater.id(), null));
        assertEquals("no veth of the failed start", List.of(veth), HostNetwork.portsOf(bridge));
        assertEquals("no container is left of the failed create", 2, containers.list(true).size());

        driver.start();
        waitFor("the bridge driver is back", this::bridgeDriverIsBound);
        assertEquals("reachable with the driver back", hostname, HostNetwork.fetch(port));
        containers.start(startedLater.id());
        assertNotNull(containers.inspect(startedLater.id()).networks().get(0).ipv4Address());
        containers.remove(web.id(), true);
        assertEquals(List.of(), HostNetwork.tracesOf(web.id(), veth, port));
    }

    @Test
    public void anUnknownDriverIsAClearError() throws Exception {
        NotFoundException unknown = assertThrows(NotFoundException.class,
                () -> executeCommand("network:create -d nosuch it-nosuch"));
        assertTrue(unknown.getMessage(), unknown.getMessage().contains("no network driver named nosuch is installed"));
        assertTrue(networks.listNetworks().stream().noneMatch(n -> n.name().equals("it-nosuch")));
    }

    private boolean bridgeDriverIsBound() {
        return networks.listNetworks().stream().anyMatch(n -> n.name().equals("bridge") && n.driver().equals("bridge"));
    }

    private static ContainerConfig.Builder web() {
        return busybox("httpd", "-f", "-p", "80", "-h", "/etc").networkMode("it-swap");
    }
}

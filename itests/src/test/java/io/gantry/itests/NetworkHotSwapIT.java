package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import io.gantry.api.network.PortBinding;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleRevision;

/** The bridge driver bundle goes away and comes back, or is updated, while a container on one of its networks runs. */
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
        Container web = startPublishedOn(port);
        String hostname = web.id().substring(0, 12);
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
    public void aPublishedPortKeepsAnsweringWhileTheDriverBundleIsUpdatedInPlace() throws Exception {
        String bridge = "gtbr-" + networks.createNetwork("bridge", NetworkSpec.named("it-swap")).id().substring(0, 10);
        int port = HostNetwork.freePort();
        Container web = startPublishedOn(port);
        String hostname = web.id().substring(0, 12);
        String veth = HostNetwork.hostVethOf(web.id());

        Bundle driver = EngineBundles.bundle(bundleContext, EngineBundles.BRIDGE_DRIVER);
        BundleRevision before = driver.adapt(BundleRevision.class);
        AtomicBoolean updating = new AtomicBoolean(true);
        CompletableFuture<List<String>> answers = CompletableFuture.supplyAsync(() -> fetchWhile(port, updating));
        try {
            driver.update();
        } finally {
            updating.set(false);
        }
        List<String> during = answers.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        assertNotSame("a new revision of the driver", before, driver.adapt(BundleRevision.class));
        assertTrue("answers during the update: " + during, during.stream().allMatch(hostname::equals));

        waitFor("the updated bridge driver is bound", this::bridgeDriverIsBound);
        assertEquals("reachable after the update", hostname, HostNetwork.fetch(port));
        assertEquals(List.of(veth), HostNetwork.portsOf(bridge));
        containers.remove(web.id(), true);
        assertEquals(List.of(), HostNetwork.tracesOf(web.id(), veth, port));
        networks.removeNetwork("it-swap");
        assertFalse("bridge " + bridge + " is removed", HostNetwork.run("ip", "-o", "link", "show").contains(bridge));
    }

    /** GETs the port's /hostname over and over (at least once) while the flag is set: each body or failure. */
    private static List<String> fetchWhile(int port, AtomicBoolean flag) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hostname"))
                .timeout(Duration.ofSeconds(3)).build();
        List<String> answers = new ArrayList<>();
        do {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                answers.add(response.statusCode() == 200 ? response.body().trim() : "status " + response.statusCode());
            } catch (IOException e) {
                answers.add(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answers.add(e.toString());
                break;
            }
        } while (flag.get());
        return answers;
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

    /** A web container on the test network with port 80 published on 127.0.0.1:port, answering there. */
    private Container startPublishedOn(int port) throws Exception {
        Container web = containers.create(web().ports(List.of(new PortBinding("127.0.0.1", port, 80, "tcp"))).build());
        containers.start(web.id());
        assertEquals(web.id().substring(0, 12), HostNetwork.fetch(port));
        return web;
    }
}

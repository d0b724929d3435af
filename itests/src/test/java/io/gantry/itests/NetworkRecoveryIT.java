package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.ContainerState;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import io.gantry.api.network.PortBinding;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The engine dies (core and bridge driver stop without any clean-up, as after kill -9) while containers on a
 * bridge network run; some die too while it is down. When it is back, nothing of the dead ones is left on the
 * host and the survivor keeps its address and its published port.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NetworkRecoveryIT extends GantryTestSupport {
    @Inject
    protected NetworkService networks;

    @Test
    public void endpointsOfContainersThatDiedWhileTheEngineWasDownAreRemoved() throws Exception {
        networks.createNetwork("bridge", NetworkSpec.named("it-crash"));
        Endpoint exited = startWeb();
        Endpoint lost = startWeb();
        Endpoint survivor = startWeb();
        String survivorAddress = containers.inspect(survivor.id()).networks().get(0).ipv4Address();
        int lostMonitor = parentOf(lost.pid());

        Bundle core = EngineBundles.bundle(bundleContext, EngineBundles.CORE);
        Bundle driver = EngineBundles.bundle(bundleContext, EngineBundles.BRIDGE_DRIVER);
        core.stop();
        driver.stop();
        // the exited one's monitor records its exit; the lost one's monitor dies with it and records nothing
        HostNetwork.run("kill", "-9", Integer.toString(exited.pid()));
        HostNetwork.run("kill", "-9", Integer.toString(lostMonitor), Integer.toString(lost.pid()));
        waitFor("the killed processes are gone", () -> !isAlive(exited.pid()) && !isAlive(lost.pid())
                && !isAlive(lostMonitor));
        core.start();
        driver.start();

        ContainerLifecycle restarted = EngineBundles.awaitService(bundleContext, ContainerLifecycle.class);
        for (Endpoint dead : List.of(exited, lost)) {
            waitFor("container " + dead.id() + " is seen as exited",
                    () -> restarted.inspect(dead.id()).state() == ContainerState.EXITED);
            waitFor("nothing is left of " + dead.id(), () -> dead.traces().isEmpty());
        }
        assertEquals(ContainerState.RUNNING, restarted.inspect(survivor.id()).state());
        assertEquals(survivor.id().substring(0, 12), HostNetwork.fetch(survivor.port()));
        assertTrue("the survivor keeps its lease",
                Files.readString(HostNetwork.leases()).contains("\"" + survivorAddress + "\""));
        assertTrue("the survivor keeps its veth", survivor.traces().contains("link " + survivor.veth()));

        for (Container c : restarted.list(true)) {
            restarted.remove(c.id(), true);
        }
        assertEquals(List.of(), survivor.traces());
        EngineBundles.awaitService(bundleContext, NetworkService.class).removeNetwork("it-crash");
    }

    private Endpoint startWeb() throws Exception {
        int port = HostNetwork.freePort();
        Container web = containers.create(busybox("httpd", "-f", "-p", "80", "-h", "/etc").networkMode("it-crash")
                .ports(List.of(new PortBinding("127.0.0.1", port, 80, "tcp"))).build());
        containers.start(web.id());
        assertEquals(web.id().substring(0, 12), HostNetwork.fetch(port));
        return new Endpoint(web.id(), containers.inspect(web.id()).pid(), port, HostNetwork.hostVethOf(web.id()));
    }

    /** The container's monitor (conmon) is the parent of its first process. */
    private static int parentOf(int pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        int parent = Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        assertEquals("the monitor of " + pid, "conmon", Files.readString(Path.of("/proc/" + parent + "/comm")).trim());
        return parent;
    }

    private static boolean isAlive(int pid) {
        return new File("/proc/" + pid).exists();
    }

    private record Endpoint(String id, int pid, int port, String veth) {
        List<String> traces() throws Exception {
            return HostNetwork.tracesOf(id, veth, port);
        }
    }
}

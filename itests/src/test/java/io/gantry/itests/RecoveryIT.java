package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.monitor.ContainerMonitor;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** Containers outlive the engine bundle and are re-adopted when it comes back. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RecoveryIT extends GantryTestSupport {

    @Test
    public void aRunningContainerSurvivesAnEngineRestartAndItsLogsContinue() throws Exception {
        Container c = containers.create(
                busybox("sh", "-c", "i=0; while true; do echo tick $i; i=$((i+1)); usleep 100000; done").build());
        containers.start(c.id());
        int pid = containers.inspect(c.id()).pid();
        waitFor("first ticks", () -> logsOf(c.id()).contains("tick 2"));

        Bundle core = bundle("io.gantry.core");
        core.stop();
        assertTrue("the container keeps running while the engine is down", new java.io.File("/proc/" + pid).exists());
        int linesWhileDown = countLines(java.nio.file.Files.readString(
                java.nio.file.Path.of(c.logPath())));
        core.start();

        ContainerLifecycle restarted = EngineBundles.awaitService(bundleContext, ContainerLifecycle.class);
        ContainerMonitor restartedMonitor = EngineBundles.awaitService(bundleContext, ContainerMonitor.class);
        Container adopted = restarted.inspect(c.id());
        assertEquals(ContainerState.RUNNING, adopted.state());
        assertEquals(pid, adopted.pid());
        waitFor("logs continue after the restart", () -> countLines(logsOf(restartedMonitor, c.id())) > linesWhileDown + 5);

        restarted.remove(c.id(), true);
        waitFor("the process is gone", () -> !new java.io.File("/proc/" + pid).exists());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (b.getSymbolicName().equals(symbolicName)) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static String logsOf(ContainerMonitor service, String id) {
        StringBuilder out = new StringBuilder();
        service.logs(id, io.gantry.api.container.monitor.LogOptions.ALL, e -> {
            out.append(e.text()).append('\n');
            return true;
        });
        return out.toString();
    }

    private static int countLines(String text) {
        return (int) text.lines().count();
    }
}

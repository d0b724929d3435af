package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** A missing runtime or monitor binary is a clear error that leaves nothing running or mounted. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MissingBinariesIT extends GantryTestSupport {

    @Inject
    private ConfigurationAdmin configAdmin;

    @After
    public void restore() throws Exception {
        for (String pid : new String[] {"io.gantry.runtime.runc", "io.gantry.shim.conmon"}) {
            configAdmin.getConfiguration(pid, "?").delete();
        }
        for (Container c : containers.list(true)) {
            containers.remove(c.id(), true);
        }
    }

    @Test
    public void missingRuncIsNamedInTheError() throws Exception {
        assertStartFailsNaming("io.gantry.runtime.runc", "/nonexistent/runc");
    }

    @Test
    public void missingConmonIsNamedInTheError() throws Exception {
        assertStartFailsNaming("io.gantry.shim.conmon", "/nonexistent/conmon");
    }

    private void assertStartFailsNaming(String pid, String binary) throws Exception {
        Configuration config = configAdmin.getConfiguration(pid, "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("binary", binary);
        config.update(props);
        String[] failed = new String[1];
        waitFor("an error naming " + binary, () -> {
            Container c;
            try {
                c = containers.create(busybox("sleep", "300").build());
            } catch (FailedPreconditionException reconfiguring) {
                return false; // while the component restarts with its new configuration, there is no shim or runtime
            }
            try {
                containers.start(c.id());
                containers.remove(c.id(), true);
                return false;
            } catch (RuntimeException e) {
                boolean named = e.getMessage() != null && e.getMessage().contains(binary);
                if (named) {
                    failed[0] = c.id();
                } else {
                    containers.remove(c.id(), true);
                }
                return named;
            }
        });
        Container after = containers.inspect(failed[0]);
        assertTrue("not running after a failed start: " + after.state(), after.state() != ContainerState.RUNNING);
        assertTrue("no mount left", !Files.readString(Path.of("/proc/self/mountinfo")).contains(failed[0]));
        assertTrue("no cgroup left", !Files.exists(Path.of("/sys/fs/cgroup/memory/gantry", failed[0])));
        config.delete();
        waitFor("the default binary works again", () -> {
            try {
                containers.start(failed[0]);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        });
        assertEquals(ContainerState.RUNNING, containers.inspect(failed[0]).state());
        assertThrows(RuntimeException.class, () -> containers.remove(failed[0], false));
    }
}

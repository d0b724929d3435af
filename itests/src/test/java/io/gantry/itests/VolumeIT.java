package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.Mount;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.api.volume.VolumeService;
import io.gantry.api.volume.VolumeSpec;
import io.gantry.itests.thirdparty.DriverBundle;
import io.gantry.itests.thirdparty.FolderVolumeDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleRevision;

/**
 * A named volume's data outlives its containers, an engine restart and an update of the volume driver bundle; a
 * volume driver from another bundle, installed while the engine runs, is used by name.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VolumeIT extends GantryTestSupport {
    static final String LOCAL_DRIVER = "io.gantry.volume.local";

    @Inject
    protected VolumeService volumes;

    @After
    public void removeAll() throws Exception {
        ContainerLifecycle now = EngineBundles.awaitService(bundleContext, ContainerLifecycle.class);
        for (Container c : now.list(true)) {
            now.remove(c.id(), true);
        }
        VolumeService current = EngineBundles.awaitService(bundleContext, VolumeService.class);
        current.prune(v -> true);
    }

    @Test
    public void aVolumesDataOutlivesItsContainersAndAnEngineRestart() throws Exception {
        Result writer = run(busybox("sh", "-c", "echo kept > /data/note").mounts(List.of(
                Mount.volume("it-kept", "/data", false, null))).build());
        assertEquals(writer.output(), 0, writer.status().exitCode());
        containers.remove(writer.id(), true, true);
        assertEquals("it-kept", volumes.inspect("it-kept").name());

        Bundle core = EngineBundles.bundle(bundleContext, EngineBundles.CORE);
        core.stop();
        core.start();
        ContainerLifecycle restarted = EngineBundles.awaitService(bundleContext, ContainerLifecycle.class);
        ContainerMonitor monitorAfter = EngineBundles.awaitService(bundleContext, ContainerMonitor.class);
        Container reader = restarted.create(busybox("cat", "/data/note").mounts(List.of(
                Mount.volume("it-kept", "/data", true, null))).build());
        var exit = restarted.waitFor(reader.id(), io.gantry.api.container.WaitCondition.NEXT_EXIT);
        restarted.start(reader.id());
        assertEquals(0, exit.get(DEADLINE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).exitCode());
        assertEquals("kept\n", logs(monitorAfter, reader.id()));
    }

    @Test
    public void theDataStaysWhileTheVolumeDriverBundleIsUpdatedUnderARunningContainer() throws Exception {
        Container sleeper = containers.create(busybox("sh", "-c", "echo before > /data/note; sleep 300")
                .mounts(List.of(Mount.volume("it-update", "/data", false, null))).build());
        containers.start(sleeper.id());
        Path data = Path.of(volumes.inspect("it-update").mountpoint());
        waitFor("the sleeper wrote its note", () -> Files.exists(data.resolve("note")));

        Bundle driver = EngineBundles.bundle(bundleContext, LOCAL_DRIVER);
        BundleRevision before = driver.adapt(BundleRevision.class);
        driver.update();
        assertNotSame("a new revision of the driver", before, driver.adapt(BundleRevision.class));

        VolumeService after = EngineBundles.awaitService(bundleContext, VolumeService.class);
        waitFor("the updated driver lists the volume", () -> after.list().stream()
                .anyMatch(v -> v.name().equals("it-update")));
        ContainerLifecycle lifecycle = EngineBundles.awaitService(bundleContext, ContainerLifecycle.class);
        assertEquals(ContainerState.RUNNING, lifecycle.inspect(sleeper.id()).state());
        assertEquals("before\n", Files.readString(data.resolve("note")));
        assertEquals(List.of(sleeper.id()), after.users("it-update"));

        lifecycle.remove(sleeper.id(), true);
        after.remove("it-update", false);
        assertTrue("the volume's data goes with it", Files.notExists(data));
    }

    @Test
    public void aVolumeDriverBundleInstalledAtRuntimeIsUsedByName() throws Exception {
        Path jar = DriverBundle.write(Files.createTempFile("gantry-it-driver", ".jar"));
        Bundle thirdParty = bundleContext.installBundle(jar.toUri().toString());
        try {
            thirdParty.start();
            waitFor("the third-party driver is bound", () -> {
                try {
                    volumes.create(FolderVolumeDriver.NAME, VolumeSpec.named("it-probe"));
                    return true;
                } catch (NotFoundException notYet) {
                    return false;
                }
            });
            assertEquals(FolderVolumeDriver.NAME, volumes.inspect("it-probe").driver());

            Result run = run(busybox("sh", "-c", "echo hi > /v/f; cat /v/f").volumeDriver(FolderVolumeDriver.NAME)
                    .mounts(List.of(Mount.volume("it-third", "/v", false, null))).build());
            assertEquals(run.output(), "hi\n", run.output());
            assertEquals(FolderVolumeDriver.NAME, volumes.inspect("it-third").driver());
            assertEquals("hi\n", Files.readString(Path.of(volumes.inspect("it-third").mountpoint(), "f")));
            containers.remove(run.id(), true);
            volumes.remove("it-third", false);
            volumes.remove("it-probe", false);
        } finally {
            thirdParty.uninstall();
            Files.deleteIfExists(jar);
        }
        waitFor("the uninstalled driver is gone", () -> {
            try {
                volumes.create(FolderVolumeDriver.NAME, VolumeSpec.named("it-gone"));
                return false;
            } catch (NotFoundException gone) {
                return gone.getMessage().startsWith("no volume driver named " + FolderVolumeDriver.NAME
                        + " is installed");
            }
        });
        assertThrows(NotFoundException.class, () -> containers.create(busybox("true")
                .volumeDriver(FolderVolumeDriver.NAME).mounts(List.of(Mount.volume("it-x", "/x", false, null)))
                .build()));
        assertEquals("no container is left of the refused create", List.of(), containers.list(true));
    }

    private static String logs(ContainerMonitor monitor, String id) {
        StringBuilder out = new StringBuilder();
        monitor.logs(id, LogOptions.ALL, e -> {
            out.append(e.text()).append(e.partial() ? "" : "\n");
            return true;
        });
        return out.toString();
    }
}

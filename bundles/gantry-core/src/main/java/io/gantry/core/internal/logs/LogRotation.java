package io.gantry.core.internal.logs;

import io.gantry.api.container.LogConfig;
import io.gantry.api.container.log.LogDrivers;
import io.gantry.api.container.log.Rotation;
import io.gantry.api.shim.ShimManager;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.StateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the log of every live container whose driver has a max-size and rotates it once it reached that size.
 * It looks at the containers the state holds, so rotation resumes for containers re-adopted after a restart.
 * The live file is checked a few times a second, so it can pass max-size by what is written in that time.
 */
@Component(service = {}, immediate = true)
public final class LogRotation {
    static final long CHECK_MILLIS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(LogRotation.class);

    private final StateStore state;
    private final ProviderDirectory providers;
    private final ScheduledExecutorService timer;

    @Activate
    public LogRotation(@Reference(name = "state") StateStore state,
            @Reference(name = "providers") ProviderDirectory providers) {
        this.state = state;
        this.providers = providers;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gantry-core-log-rotation");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::checkAll, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Lets a rotation under way finish, so that the next instance never rotates the same log at the same time. */
    @Deactivate
    public void deactivate() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void checkAll() {
        for (ContainerHandle handle : state.index().all()) {
            LogConfig log = handle.view().config().logConfig();
            if (handle.isRemoved() || !handle.view().state().isLive() || log == null || log.keepsNone()) {
                continue;
            }
            try {
                check(handle, LogDrivers.rotation(log));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot rotate the log of container {}: {}", handle.id(), e.toString());
            }
        }
    }

    private void check(ContainerHandle handle, Rotation rotation) throws IOException, InterruptedException {
        LogFiles files = new LogFiles(state.paths().logPath(handle.id()));
        if (!rotation.rotates() || size(files) < rotation.maxSize()) {
            return;
        }
        ShimManager shim = providers.shim();
        String id = handle.id();
        LogRotator.rotate(files, rotation, () -> providers.run("shim", () -> shim.reopenLog(id)),
                () -> providers.call("shim", () -> shim.isAlive(id)));
    }

    private static long size(LogFiles files) throws IOException {
        try {
            return Files.size(files.live());
        } catch (NoSuchFileException e) {
            return 0;
        }
    }
}

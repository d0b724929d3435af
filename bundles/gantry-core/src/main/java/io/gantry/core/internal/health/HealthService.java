package io.gantry.core.internal.health;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.exec.ContainerExec;
import io.gantry.api.event.Event;
import io.gantry.api.event.EventBus;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.EngineThreads;
import io.gantry.core.internal.state.StateStore;
import io.gantry.natives.Syscalls;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the health checks: a container that probes is probed from its start (and unpause) until it dies, is paused
 * or removed, as its events tell; at activation the running ones are probed again, with the health their records
 * kept. The lifecycle sets the status of each start, exit and pause itself, so that it is never seen stale.
 */
@Component(service = {}, immediate = true)
public final class HealthService {
    private static final Set<String> ACTIONS = Set.of("start", "unpause", "die", "pause", "destroy", "exec_die");
    private static final int SIGKILL = 9;
    private static final Logger LOG = LoggerFactory.getLogger(HealthService.class);

    private final StateStore state;
    private final ExecExits exits = new ExecExits();
    private final ScheduledExecutorService timer;
    private final ProbeContext context;
    private final HealthRecorder recorder;
    private final Map<String, ProbeLoop> loops = new ConcurrentHashMap<>();
    private final AutoCloseable subscription;
    private volatile Syscalls syscalls;

    @Activate
    public HealthService(@Reference(name = "state") StateStore state, @Reference(name = "exec") ContainerExec exec,
            @Reference(name = "threads") EngineThreads threads, @Reference(name = "eventBus") EventBus bus) {
        this.state = state;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gantry-core-health");
            thread.setDaemon(true);
            return thread;
        });
        this.context = new ProbeContext(exec, exits, threads, timer, this::kill);
        this.recorder = new HealthRecorder(state, new ContainerEvents(bus));
        this.subscription = bus.subscribe(e -> e.type().equals("container") && ACTIONS.contains(e.action()),
                this::onEvent);
        state.index().all().forEach(handle -> begin(handle, false));
    }

    /** Only a probe that outlives its timeout needs the libc bindings, to be killed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindSyscalls(Syscalls current) {
        syscalls = current;
    }

    public void unbindSyscalls(Syscalls gone) {
        if (syscalls == gone) {
            syscalls = null;
        }
    }

    /** Probes in flight are killed; the containers and their recorded health stay. */
    @Deactivate
    public void deactivate() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.debug("Closing the health subscription: {}", e.toString());
        }
        loops.values().forEach(ProbeLoop::stop);
        loops.clear();
        timer.shutdownNow();
    }

    private void onEvent(Event event) {
        switch (event.action()) {
            case "exec_die" -> exits.ended(event.attributes().get("execID"), exitCode(event));
            case "start", "unpause" -> {
                ContainerHandle handle = state.index().byId(event.actorId());
                if (handle != null) {
                    begin(handle, true);
                }
            }
            default -> end(event.actorId());
        }
    }

    /** @param replace whether a loop already there (an earlier run's) gives way */
    private void begin(ContainerHandle handle, boolean replace) {
        Container container = handle.view();
        if (handle.isRemoved() || container.state() != ContainerState.RUNNING
                || !HealthRules.probes(container.config().healthcheck())) {
            return;
        }
        ProbeLoop loop = new ProbeLoop(handle, container.config().healthcheck(), container.startedAt(), context,
                recorder::record);
        if (replace) {
            ProbeLoop before = loops.put(handle.id(), loop);
            if (before != null) {
                before.stop();
            }
        } else if (loops.putIfAbsent(handle.id(), loop) != null) {
            return;
        }
        loop.start();
    }

    private void end(String id) {
        ProbeLoop loop = loops.remove(id);
        if (loop != null) {
            loop.stop();
        }
    }

    private void kill(int pid) {
        Syscalls current = syscalls;
        if (current == null) {
            LOG.warn("Cannot kill the health probe with pid {}: the libc bindings are not there", pid);
            return;
        }
        current.kill(pid, SIGKILL);
    }

    private static int exitCode(Event event) {
        try {
            return Integer.parseInt(event.attributes().getOrDefault("exitCode", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

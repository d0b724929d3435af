package io.gantry.shell.internal.container;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.RestartPolicy;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.shell.internal.Futures;
import java.util.concurrent.CompletableFuture;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Creates and starts a container. In the foreground it prints the container's output until it exits,
 * then its exit code if that is not 0. Ctrl-C stops following and leaves the container running (Karaf has
 * already dropped the command's output by then, so nothing more is printed).
 */
@Service
@Command(scope = "container", name = "run",
        description = "Creates and starts a container; without -d prints its output until it exits")
public class RunCommand extends ContainerOptions {
    @Reference
    ContainerMonitor monitor;

    @Option(name = "--rm", description = "Remove the container once it exits")
    boolean autoRemove;
    @Option(name = "-d", aliases = "--detach", description = "Run in the background and print the container id")
    boolean detach;

    @Override
    public Object execute() throws Exception {
        if (autoRemove && restart != null && !RestartPolicy.parse(restart).isNo()) {
            throw new InvalidArgumentException("conflicting options: --restart and --rm");
        }
        Container container = containers.create(config().autoRemove(autoRemove).build());
        if (detach) {
            containers.start(container.id());
            System.out.println(container.id());
            return null;
        }
        CompletableFuture<ExitStatus> exit = containers.waitFor(container.id(), WaitCondition.NEXT_EXIT);
        try {
            containers.start(container.id());
            monitor.logs(container.id(), LogOptions.FOLLOW, new LogPrinter(System.out, System.err, false));
            if (!Thread.currentThread().isInterrupted()) {
                report(Futures.await(exit));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static void report(ExitStatus status) {
        if (status.oomKilled()) {
            System.err.println("container was killed by the OOM killer");
        }
        if (status.exitCode() != 0) {
            System.err.println("exit code: " + status.exitCode());
        }
    }
}

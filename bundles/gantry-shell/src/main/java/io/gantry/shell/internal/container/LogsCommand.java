package io.gantry.shell.internal.container;

import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.shell.internal.args.LogArgs;
import io.gantry.shell.internal.completers.ContainerCompleter;
import java.time.Clock;
import java.time.Instant;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "container", name = "logs", description = "Prints a container's output; Ctrl-C ends -f")
public class LogsCommand implements Action {
    @Reference
    ContainerMonitor monitor;

    @Option(name = "-f", aliases = "--follow", description = "Keep printing until the container stops")
    boolean follow;
    @Option(name = "-n", aliases = "--tail", description = "Only the last N lines, or 'all'")
    String tail;
    @Option(name = "--since", description = "Only lines since a time (2024-05-01T10:00:00Z, unix seconds) or a duration ago (10m)")
    String since;
    @Option(name = "--until", description = "Only lines before a time or a duration ago")
    String until;
    @Option(name = "-t", aliases = "--timestamps", description = "Prefix each line with its time")
    boolean timestamps;

    @Argument(index = 0, name = "container", required = true, description = "Container name or id")
    @Completion(ContainerCompleter.class)
    String ref;

    Clock clock = Clock.systemUTC();

    @Override
    public Object execute() {
        Instant now = clock.instant();
        LogOptions options = new LogOptions(follow, true, true, LogArgs.tail(tail),
                since == null ? null : LogArgs.time("--since", since, now),
                until == null ? null : LogArgs.time("--until", until, now));
        monitor.logs(ref, options, new LogPrinter(System.out, System.err, timestamps));
        return null;
    }
}

package io.gantry.shell.internal.volume;

import io.gantry.api.volume.VolumeFilter;
import io.gantry.api.volume.VolumePrune;
import io.gantry.api.volume.VolumeService;
import io.gantry.shell.internal.args.FilterSpecs;
import io.gantry.shell.internal.format.HumanSize;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** Asks first, as docker volume prune does, unless -f; prints what went and the space it freed. */
@Service
@Command(scope = "volume", name = "prune", description = "Removes every volume no container uses, with its data")
public class PruneCommand implements Action {
    static final String WARNING = "WARNING! This will remove all local volumes not used by at least one container.";
    static final String QUESTION = "Are you sure you want to continue? [y/N] ";

    @Reference
    VolumeService volumes;
    @Reference
    Session session;

    @Option(name = "-f", aliases = "--force", description = "Do not ask for confirmation")
    boolean force;
    @Option(name = "--filter", multiValued = true,
            description = "Only the volumes with label=KEY[=VALUE], or without label!=KEY[=VALUE];"
                    + " all=false keeps the named ones")
    List<String> filters = List.of();

    @Override
    public Object execute() throws IOException {
        VolumeFilter filter = VolumeFilter.of(FilterSpecs.parse(filters), VolumeFilter.PRUNE);
        if (!force && !confirmed()) {
            return null;
        }
        VolumePrune result = volumes.prune(filter);
        if (!result.deleted().isEmpty()) {
            System.out.println("Deleted Volumes:");
            result.deleted().forEach(System.out::println);
            System.out.println();
        }
        System.out.println("Total reclaimed space: " + HumanSize.of(result.reclaimedBytes(), 4));
        return null;
    }

    private boolean confirmed() throws IOException {
        System.out.println(WARNING);
        String answer = session.readLine(QUESTION, null);
        return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
    }
}

package io.gantry.runtime.oci.internal;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerIds;
import io.gantry.api.oci.LinuxResources;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.runtime.RuntimeState;
import io.gantry.runtime.oci.process.CommandResult;
import io.gantry.runtime.oci.process.ExternalCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An OCI runtime driven through the CLI that runc and crun share. Every operation is one run of the
 * binary, with {@code --root <run.root>/runtime/<name> --log-format json} before the subcommand.
 */
class CliRuntime implements OciRuntime {
    private final RuntimeJson json = new RuntimeJson();
    private volatile RuntimeSettings settings;

    CliRuntime(RuntimeSettings settings) {
        this.settings = settings;
    }

    final void configure(RuntimeSettings changed) {
        this.settings = changed;
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public Path binary() {
        return BinaryLocator.locate(settings);
    }

    @Override
    public List<String> globalArgs() {
        return settings.globalArgs();
    }

    @Override
    public RuntimeState state(String id) {
        return json.state(name(), id, call("read the state of", id, "state", id).stdout());
    }

    @Override
    public void start(String id) {
        call("start", id, "start", id);
    }

    @Override
    public void kill(String id, int signal, boolean all) {
        String number = Integer.toString(signal);
        if (all) {
            call("signal", id, "kill", "--all", id, number);
        } else {
            call("signal", id, "kill", id, number);
        }
    }

    @Override
    public void delete(String id, boolean force) {
        try {
            if (force) {
                call("delete", id, "delete", "--force", id);
            } else {
                call("delete", id, "delete", id);
            }
        } catch (NotFoundException alreadyGone) {
            // deleting is idempotent
        }
    }

    @Override
    public void pause(String id) {
        call("pause", id, "pause", id);
    }

    @Override
    public void resume(String id) {
        call("resume", id, "resume", id);
    }

    @Override
    public void update(String id, LinuxResources resources) {
        run("update", id, List.of("update", "--resources", "-", id), json.resources(id, resources));
    }

    @Override
    public List<Integer> pids(String id) {
        CommandResult result = attempt(id, List.of("ps", "--format", "json", id), null);
        if (result.succeeded()) {
            return json.pids(name(), id, result.stdout());
        }
        // crun 1.8 crashes on ps of a stopped container instead of printing an empty list
        if (RuntimeErrors.exists(settings, id) && state(id).status().equals("stopped")) {
            return List.of();
        }
        throw RuntimeErrors.of(settings, "list the processes of", id, result);
    }

    private CommandResult call(String operation, String id, String... subcommand) {
        return run(operation, id, List.of(subcommand), null);
    }

    private CommandResult run(String operation, String id, List<String> subcommand, String input) {
        CommandResult result = attempt(id, subcommand, input);
        if (!result.succeeded()) {
            throw RuntimeErrors.of(settings, operation, id, result);
        }
        return result;
    }

    /** One run of the runtime binary, however it ends. */
    private CommandResult attempt(String id, List<String> subcommand, String input) {
        ContainerIds.check(id);
        RuntimeSettings current = settings;
        List<String> argv = new ArrayList<>();
        argv.add(BinaryLocator.locate(current).toString());
        argv.addAll(current.globalArgs());
        argv.addAll(subcommand);
        ExternalCommand command = ExternalCommand.of(argv).withTimeout(current.commandTimeout());
        return (input == null ? command : command.withInput(input)).run();
    }
}

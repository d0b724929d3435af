package io.gantry.core.internal.monitor;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.monitor.TopResult;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.EngineThreads;
import io.gantry.core.internal.state.RunningContainer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** `docker top`: the host's ps, narrowed to the container's processes, as dockerd does it. */
final class ProcessTop {
    static final String DEFAULT_ARGS = "-ef";
    private static final long PS_TIMEOUT_SECONDS = 10;

    private final ProviderDirectory providers;
    private final EngineThreads threads;

    ProcessTop(ProviderDirectory providers, EngineThreads threads) {
        this.providers = providers;
        this.threads = threads;
    }

    TopResult top(ContainerHandle handle, String psArgs) {
        Container container = RunningContainer.require(handle);
        OciRuntime runtime = providers.runtime(container.runtime());
        List<Integer> pids = providers.call("runtime " + runtime.name(), () -> runtime.pids(handle.id()));
        String args = psArgs == null || psArgs.isBlank() ? DEFAULT_ARGS : psArgs.trim();
        return PsTable.parse(ps(args), pids);
    }

    private String ps(String args) {
        List<String> command = new ArrayList<>(List.of("ps"));
        command.addAll(List.of(args.split("\\s+")));
        java.lang.Process ps;
        try {
            ps = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new FailedPreconditionException("cannot run ps: " + e.getMessage());
        }
        try {
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> text(ps.getErrorStream()),
                    threads);
            String output = text(ps.getInputStream());
            if (!ps.waitFor(PS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new GantryException("ps " + args + " did not finish in "
                        + PS_TIMEOUT_SECONDS + "s");
            }
            if (ps.exitValue() != 0) {
                throw new InvalidArgumentException("ps " + args + " failed: " + errors.join().trim());
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException("interrupted while running ps " + args, e);
        } finally {
            ps.destroyForcibly();
        }
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}

package io.gantry.net.cni.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Network namespaces made with {@code ip netns add} for a test, all deleted by {@link #close}. */
final class TestNetns implements AutoCloseable {
    private final List<String> names = new ArrayList<>();

    Path create() throws IOException, InterruptedException {
        String name = "gtcni-" + UUID.randomUUID().toString().substring(0, 8);
        run("ip", "netns", "add", name);
        names.add(name);
        return Path.of("/run/netns", name);
    }

    /** Runs a command inside the namespace and returns its output; fails the test if it fails. */
    static String exec(Path netns, String... command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("nsenter", "--net=" + netns));
        argv.addAll(List.of(command));
        return run(argv.toArray(String[]::new));
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (String name : names) {
            new ProcessBuilder("ip", "netns", "del", name).inheritIO().start().waitFor();
        }
    }
}

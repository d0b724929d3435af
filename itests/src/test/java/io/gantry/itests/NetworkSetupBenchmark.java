package io.gantry.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import io.gantry.api.container.Container;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Measures what networking adds to a container's start: median milliseconds over {@link #RUNS} runs of busybox
 * true with network none and on the default bridge network, and of a network create plus remove. Records, never
 * asserts; scripts/benchmark.sh runs it (-Dtest=NetworkSetupBenchmark) and writes
 * target/benchmarks/gantry-network.properties.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NetworkSetupBenchmark extends GantryTestSupport {
    private static final int RUNS = 20;

    @Inject
    protected NetworkService networks;

    @Configuration
    @Override
    public Option[] config() throws IOException {
        String build = System.getProperty("project.build.directory", "target");
        Option[] base = super.config();
        Option[] all = Arrays.copyOf(base, base.length + 1);
        all[base.length] = systemProperty("gantry.benchmark.dir")
                .value(new File(build, "benchmarks").getAbsolutePath());
        return all;
    }

    @Test
    public void measureNetworkSetUp() throws Exception {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String mode : new String[] {"none", "bridge"}) {
            long[] start = new long[RUNS];
            long[] cycle = new long[RUNS];
            runOnce(mode, new long[1]);
            for (int i = 0; i < RUNS; i++) {
                long[] startNanos = new long[1];
                cycle[i] = runOnce(mode, startNanos);
                start[i] = startNanos[0];
            }
            medians.put("gantry.start." + mode, median(start));
            medians.put("gantry.run." + mode, median(cycle));
        }
        medians.put("gantry.network.create-rm", median(repeat(() -> {
            String name = "bench-" + System.nanoTime();
            long t0 = System.nanoTime();
            networks.createNetwork("bridge", NetworkSpec.named(name));
            networks.removeNetwork(name);
            return System.nanoTime() - t0;
        })));
        StringBuilder out = new StringBuilder();
        medians.forEach((key, ms) -> out.append(key).append('=').append(String.format("%.1f", ms)).append('\n'));
        Path dir = Files.createDirectories(Path.of(System.getProperty("gantry.benchmark.dir")));
        Files.writeString(dir.resolve("gantry-network.properties"), out);
        System.out.print(out);
    }

    /** Create, start, wait for the exit, remove (what docker run --rm does); returns the whole cycle's nanos. */
    private long runOnce(String mode, long[] startNanos) throws Exception {
        long t0 = System.nanoTime();
        Container c = containers.create(busybox("true").networkMode(mode).build());
        var exit = containers.waitFor(c.id(), WaitCondition.NEXT_EXIT);
        long s0 = System.nanoTime();
        containers.start(c.id());
        startNanos[0] = System.nanoTime() - s0;
        exit.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        containers.remove(c.id(), true);
        return System.nanoTime() - t0;
    }

    private static long[] repeat(LongSupplier nanos) {
        nanos.getAsLong();
        long[] all = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            all[i] = nanos.getAsLong();
        }
        return all;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        double value = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        return value / 1_000_000.0;
    }
}

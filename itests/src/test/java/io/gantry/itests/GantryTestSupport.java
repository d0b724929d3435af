package io.gantry.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.LogOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;

/** Boots the real Gantry distribution, with every root in a fresh temporary place. */
public abstract class GantryTestSupport {
    protected static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    protected ContainerLifecycle containers;

    @Inject
    protected ContainerMonitor monitor;

    @Configuration
    public Option[] config() throws IOException {
        String build = System.getProperty("project.build.directory", "target");
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String dataRoot = new File(build, "it-data/" + unique).getAbsolutePath();
        String runRoot = "/run/gt-" + unique;
        removeEmptyDirsOnExit(Path.of(runRoot));
        TestBridge bridge = new TestBridge(unique);
        removeOnExit(bridge);
        String localRepo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(maven().groupId("io.gantry").artifactId("gantry-karaf").type("tar.gz")
                            .versionAsInProject())
                    .unpackDirectory(new File(build, "exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            // scripts/show-it-logs.sh reads their logs after a failed run
            keepRuntimeFolder(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
            // pax-exam adds its own boot features; installed by the features bundle's activator, their refresh
            // can wait for that very bundle's lock, and the container never comes up
            editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBootAsynchronous", "true"),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    localRepo),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
            editConfigurationFilePut("etc/io.gantry.engine.cfg", "data.root", dataRoot),
            editConfigurationFilePut("etc/" + TestBridge.PID + ".cfg", "bridge.name", bridge.config().get("bridge.name")),
            editConfigurationFilePut("etc/" + TestBridge.PID + ".cfg", "chain.prefix", bridge.config().get("chain.prefix")),
            editConfigurationFilePut("etc/io.gantry.engine.cfg", "run.root", runRoot),
            systemProperty("gantry.it.dataRoot").value(dataRoot),
            systemProperty("gantry.it.runRoot").value(runRoot),
        };
    }

    /** The run root lives in /run, outside target/; what the engine left there is empty folders only. */
    private static void removeEmptyDirsOnExit(Path root) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).filter(Files::isDirectory).forEach(dir -> dir.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // nothing to remove
            }
        }));
    }

    private static void removeOnExit(TestBridge bridge) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                bridge.remove();
            } catch (IOException | InterruptedException e) {
                // best effort at JVM exit
            }
        }));
    }

    private static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        }
    }

    /** Runs a console command and returns what it printed; retries while the command is not yet registered. */
    protected String executeCommand(String command) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), print, print);
            try {
                Object result = session.execute(command);
                if (result != null) {
                    print.println(result);
                }
                return out.toString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                boolean notYetRegistered = e.getClass().getSimpleName().equals("CommandNotFoundException");
                if (!notYetRegistered || System.nanoTime() > deadline) {
                    throw e;
                }
            } finally {
                session.close();
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /** Waits until the condition holds, or fails with the message after the deadline. */
    protected static void waitFor(String message, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + message);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    /** Creates, starts and waits for a container; returns its output (stdout and stderr) and exit status. */
    protected Result run(ContainerConfig config) throws Exception {
        Container created = containers.create(config);
        var exit = containers.waitFor(created.id(), WaitCondition.NEXT_EXIT);
        containers.start(created.id());
        ExitStatus status = exit.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        return new Result(created.id(), logsOf(created.id()), status);
    }

    protected String logsOf(String id) {
        StringBuilder out = new StringBuilder();
        monitor.logs(id, LogOptions.ALL, e -> {
            out.append(e.text()).append(e.partial() ? "" : "\n");
            return true;
        });
        return out.toString();
    }

    protected record Result(String id, String output, ExitStatus status) {
    }

    protected static ContainerConfig.Builder busybox(String... command) {
        return ContainerConfig.builder("busybox").cmd(java.util.List.of(command));
    }
}

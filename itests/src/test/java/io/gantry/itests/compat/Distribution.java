package io.gantry.itests.compat;

import io.gantry.itests.TestBridge;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The Gantry distribution tarball, unpacked as a user would and configured to run beside anything else. */
final class Distribution {
    static final Path RUN_ROOT = Path.of("/run/gantry-compat");
    static final Path SOCKET = RUN_ROOT.resolve("gantry.sock");

    private Distribution() {
    }

    static Path tarball() {
        String path = System.getProperty("gantry.compat.distribution");
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("no distribution tarball at gantry.compat.distribution=" + path
                    + ": build it with mvn install -pl features,karaf-assembly");
        }
        return Path.of(path);
    }

    /** Unpacks the tarball's top folder into {@code home}. */
    static void unpack(Path tarball, Path home) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", home.toString(),
                "--strip-components=1").redirectErrorStream(true).start();
        if (!tar.waitFor(2, TimeUnit.MINUTES) || tar.exitValue() != 0) {
            tar.destroyForcibly();
            throw new IOException("cannot unpack " + tarball + ": " + new String(tar.getInputStream().readAllBytes()));
        }
    }

    /** Engine roots, free ports for ssh and JMX, and Maven resolution from the local repository only. */
    static void configure(Path home, Path dataRoot, TestBridge bridge) throws IOException {
        Path etc = home.resolve("etc");
        CfgFile.set(etc.resolve(TestBridge.PID + ".cfg"), bridge.config());
        CfgFile.set(etc.resolve("io.gantry.engine.cfg"),
                Map.of("data.root", dataRoot.toString(), "run.root", RUN_ROOT.toString()));
        CfgFile.set(etc.resolve("org.apache.karaf.shell.cfg"), Map.of("sshPort", freePort()));
        CfgFile.set(etc.resolve("org.apache.karaf.management.cfg"),
                Map.of("rmiRegistryPort", freePort(), "rmiServerPort", freePort()));
        String localRepository = System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository");
        CfgFile.set(etc.resolve("org.ops4j.pax.url.mvn.cfg"), Map.of("org.ops4j.pax.url.mvn.repositories", "",
                "org.ops4j.pax.url.mvn.localRepository", localRepository));
    }

    private static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        }
    }
}

package io.gantry.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application images built from Debian packages by scripts/build-test-images.sh (gantry-test/postgres,
 * gantry-test/redis, gantry-test/nginx, all ":latest"), as one docker-archive. The script caches the archive, so
 * only the first run on a machine builds it; the path is asked once per JVM.
 */
public final class AppImages {
    public static final String POSTGRES = "gantry-test/postgres:latest";
    public static final String REDIS = "gantry-test/redis:latest";
    public static final String NGINX = "gantry-test/nginx:latest";
    /** The system property that carries the archive's path into the Karaf under test. */
    public static final String PROPERTY = "gantry.it.appImages";

    private static final Path SCRIPT = Path.of("..", "scripts", "build-test-images.sh");
    private static final long BUILD_MINUTES = 15;
    private static Path archive;

    private AppImages() {
    }

    /** The archive's path: the property's where it is set (inside Karaf), else the script's answer. */
    public static synchronized Path archive() throws IOException, InterruptedException {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isEmpty()) {
            return Path.of(given);
        }
        if (archive == null) {
            archive = build();
        }
        return archive;
    }

    private static Path build() throws IOException, InterruptedException {
        Path script = SCRIPT.toAbsolutePath().normalize();
        Path log = Files.createTempFile("gt-build-test-images", ".log");
        try {
            Process process = new ProcessBuilder("bash", script.toString()).redirectError(log.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(BUILD_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(script + " failed: " + Files.readString(log));
            }
            List<String> lines = out.lines().toList();
            Path built = Path.of(lines.get(lines.size() - 1));
            if (!Files.isRegularFile(built)) {
                throw new IOException(script + " named no archive: " + out);
            }
            return built;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}

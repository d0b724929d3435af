package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one plugin binary as the CNI specification says: the parameters in CNI_* environment variables, its
 * configuration on stdin, and a result (or an error object) on stdout. A plugin that outlives the timeout is
 * killed.
 */
final class PluginExec {
    private static final ObjectMapper JSON = CniJson.MAPPER;

    private final PluginPath pluginPath;
    private final Duration timeout;

    PluginExec(PluginPath pluginPath, Duration timeout) {
        this.pluginPath = pluginPath;
        this.timeout = timeout;
    }

    /** The parameters of one call; {@code netns} is empty when the namespace is gone (allowed for DEL). */
    record Call(String command, String containerId, String netns, String ifname, String cniArgs) {
    }

    /** @return what the plugin printed, parsed; null if it printed nothing */
    JsonNode run(String type, Call call, ObjectNode input) {
        Path binary = pluginPath.find(type).orElseThrow(() -> new NotFoundException(
                "CNI plugin binary " + type + " not found in " + pluginPath));
        String what = "CNI plugin " + type + " " + call.command();
        ProcessBuilder builder = new ProcessBuilder(binary.toString());
        Map<String, String> env = builder.environment();
        env.put("CNI_COMMAND", call.command());
        env.put("CNI_CONTAINERID", call.containerId());
        env.put("CNI_NETNS", call.netns());
        env.put("CNI_IFNAME", call.ifname());
        env.put("CNI_ARGS", call.cniArgs());
        env.put("CNI_PATH", pluginPath.toString());
        try {
            Process process = builder.start();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            writeInput(process.getOutputStream(), input);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new GantryException(what + " did not finish within " + timeout.toSeconds() + "s");
            }
            if (process.exitValue() != 0) {
                throw PluginError.of(what, process.exitValue(), stdout.join(), stderr.join());
            }
            String output = stdout.join();
            return output.isBlank() ? null : JSON.readTree(output);
        } catch (IOException e) {
            throw new GantryException(what + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException(what + " was interrupted", e);
        }
    }

    private static void writeInput(OutputStream stdin, ObjectNode input) throws IOException {
        try (stdin) {
            stdin.write(JSON.writeValueAsBytes(input));
        } catch (IOException e) {
            // a plugin that does not read its input closes the pipe; its exit status tells the rest
        }
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

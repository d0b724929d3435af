package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Shell-script plugins in a test folder that speak the CNI protocol: each records its call in calls.log and its
 * stdin in {@code <name>.<COMMAND>.json}, then succeeds, fails with a CNI error object, or hangs on ADD.
 */
final class FakePlugins {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    FakePlugins(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    PluginPath path() {
        return new PluginPath(List.of(dir));
    }

    /** On ADD prints a result with the address {@code 10.231.0.<host>/24} on CNI_IFNAME, tagged with its name. */
    void succeeding(String name, int host) throws IOException {
        write(name, "if [ \"$CNI_COMMAND\" = ADD ]; then printf '{\"cniVersion\":\"1.0.0\",\"plugin\":\"" + name + "\","
                + "\"interfaces\":[{\"name\":\"br0\"},{\"name\":\"%s\",\"mac\":\"02:00:00:00:00:0" + host % 10
                + "\",\"sandbox\":\"%s\"}],\"ips\":[{\"interface\":1,\"address\":\"10.231.0." + host
                + "/24\",\"gateway\":\"10.231.0.1\"}]}' \"$CNI_IFNAME\" \"$CNI_NETNS\"; fi");
    }

    /** Fails ADD with the error object {code, msg, details}; DEL succeeds. */
    void failing(String name, int code, String msg) throws IOException {
        write(name, "if [ \"$CNI_COMMAND\" = ADD ]; then printf '{\"cniVersion\":\"1.0.0\",\"code\":" + code
                + ",\"msg\":\"" + msg + "\",\"details\":\"more\"}'; exit 1; fi");
    }

    void hanging(String name) throws IOException {
        write(name, "if [ \"$CNI_COMMAND\" = ADD ]; then exec sleep 30; fi");
    }

    /** "COMMAND name ifname containerId netns args" per call, in order. */
    List<String> calls() throws IOException {
        Path log = dir.resolve("calls.log");
        return Files.exists(log) ? Files.readAllLines(log).stream().map(String::strip).toList() : List.of();
    }

    JsonNode input(String name, String command) throws IOException {
        return JSON.readTree(dir.resolve(name + "." + command + ".json").toFile());
    }

    private void write(String name, String behaviour) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\ninput=$(cat)\n"
                + "echo \"$CNI_COMMAND " + name + " $CNI_IFNAME $CNI_CONTAINERID $CNI_NETNS $CNI_ARGS\" >> " + dir
                + "/calls.log\n"
                + "printf '%s' \"$input\" > " + dir + "/" + name + ".$CNI_COMMAND.json\n"
                + "[ \"$CNI_PATH\" = \"" + dir + "\" ] || { echo \"bad CNI_PATH $CNI_PATH\" >&2; exit 9; }\n"
                + behaviour + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A conflist of the named plugin types; the last one declares portMappings. */
    static String conflist(String network, String... types) {
        StringBuilder plugins = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            plugins.append(i == 0 ? "" : ",").append("{\"type\":\"").append(types[i]).append('"')
                    .append(i == types.length - 1 ? ",\"capabilities\":{\"portMappings\":true}" : "").append('}');
        }
        return "{\"cniVersion\":\"1.0.0\",\"name\":\"" + network + "\",\"plugins\":[" + plugins + "]}";
    }
}

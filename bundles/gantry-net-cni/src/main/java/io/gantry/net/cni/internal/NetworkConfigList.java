package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * One CNI network: the plugins of a configuration list (or of a single-plugin .conf file), run in order. The
 * plugin objects are kept as written; {@link #pluginInput} adds what the runtime injects.
 */
record NetworkConfigList(Path file, String name, String cniVersion, List<ObjectNode> plugins) {
    private static final Pattern VALID_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.\\-]*");
    private static final Pattern SUPPORTED_VERSION = Pattern.compile("0\\.[34]\\.\\d+|[1-9]\\d*\\.\\d+\\.\\d+");
    private static final Set<String> PREDEFINED = Set.of("bridge", "host", "none");

    NetworkConfigList {
        plugins = List.copyOf(plugins);
    }

    /**
     * Reads a parsed .conflist (an object with "plugins") or .conf (one plugin object) document.
     *
     * @throws InvalidArgumentException saying what is wrong with it
     */
    static NetworkConfigList of(Path file, JsonNode json) {
        if (!json.isObject()) {
            throw new InvalidArgumentException("the document is not a JSON object");
        }
        String name = text(json, "name");
        if (!VALID_NAME.matcher(name).matches()) {
            throw new InvalidArgumentException("invalid network name \"" + name + "\": use letters, digits, _ . -");
        }
        if (PREDEFINED.contains(name)) {
            throw new InvalidArgumentException("network name " + name + " is reserved for a predefined network");
        }
        String version = text(json, "cniVersion");
        if (!SUPPORTED_VERSION.matcher(version).matches()) {
            throw new InvalidArgumentException("cniVersion " + version + " is not supported (0.3.0 or later)");
        }
        List<ObjectNode> plugins = json.has("plugins") ? pluginsOf(json.get("plugins")) : List.of((ObjectNode) json);
        for (ObjectNode plugin : plugins) {
            text(plugin, "type");
        }
        return new NetworkConfigList(file, name, version, plugins);
    }

    private static List<ObjectNode> pluginsOf(JsonNode plugins) {
        if (!plugins.isArray() || plugins.isEmpty()) {
            throw new InvalidArgumentException("\"plugins\" must be a non-empty array");
        }
        for (JsonNode plugin : plugins) {
            if (!plugin.isObject()) {
                throw new InvalidArgumentException("every entry of \"plugins\" must be an object, not " + plugin);
            }
        }
        return StreamSupport.stream(plugins.spliterator(), false).map(p -> (ObjectNode) p).toList();
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new InvalidArgumentException("\"" + field + "\" must be a non-empty string");
        }
        return value.asText();
    }

    String id() {
        return idOf(name);
    }

    /** A stable id: the SHA-256 of the name, in hex. */
    static String idOf(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("cni:" + name).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The list as the attachment cache keeps it, readable again with {@link #of}. */
    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("cniVersion", cniVersion);
        json.put("name", name);
        json.putArray("plugins").addAll(plugins);
        return json;
    }

    List<String> pluginTypes() {
        return plugins.stream().map(p -> p.get("type").asText()).toList();
    }

    /** Whether a plugin declares the capability, e.g. "portMappings", as {"capabilities": {"portMappings": true}}. */
    boolean declares(int index, String capability) {
        return plugins.get(index).path("capabilities").path(capability).asBoolean(false);
    }

    /** What plugin {@code index} reads on stdin: its object with name, cniVersion, runtimeConfig and prevResult. */
    ObjectNode pluginInput(int index, ObjectNode runtimeConfig, JsonNode prevResult) {
        ObjectNode input = plugins.get(index).deepCopy();
        input.put("name", name);
        input.put("cniVersion", cniVersion);
        if (runtimeConfig != null && !runtimeConfig.isEmpty()) {
            input.set("runtimeConfig", runtimeConfig);
        }
        if (prevResult != null) {
            input.set("prevResult", prevResult);
        }
        return input;
    }
}

package io.gantry.image.internal.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.GantryException;
import io.gantry.api.files.AtomicFiles;
import io.gantry.api.image.Credentials;
import io.gantry.image.internal.oci.CanonicalJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registry logins in Docker's config.json format: {"auths": {"registry": {"auth": base64("user:password")}}}.
 * Keys may be URLs as docker writes them ("https://index.docker.io/v1/"); other content of the file is kept.
 * The file is replaced atomically and is readable by its owner only.
 */
public final class AuthFile {
    private static final ObjectMapper MAPPER = CanonicalJson.mapper();

    private final Path file;

    public AuthFile(Path file) {
        this.file = file;
    }

    public synchronized Optional<Credentials> find(String registry) {
        JsonNode auths = read().path("auths");
        for (Iterator<Map.Entry<String, JsonNode>> it = auths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (registryOf(entry.getKey()).equals(registry)) {
                return credentials(entry.getKey(), entry.getValue());
            }
        }
        return Optional.empty();
    }

    public synchronized void store(String registry, Credentials credentials) {
        ObjectNode root = read();
        ObjectNode auths = root.path("auths") instanceof ObjectNode existing ? existing : root.putObject("auths");
        List<String> replaced = new ArrayList<>();
        auths.fieldNames().forEachRemaining(key -> {
            if (registryOf(key).equals(registry)) {
                replaced.add(key);
            }
        });
        auths.remove(replaced);
        String pair = credentials.username() + ":" + credentials.password();
        auths.putObject(registry).put("auth",
                Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new GantryException("cannot write registry logins to " + file + ": " + e.getMessage(), e);
        }
    }

    private ObjectNode read() {
        if (!Files.exists(file)) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            return root instanceof ObjectNode object ? object : MAPPER.createObjectNode();
        } catch (IOException e) {
            throw new GantryException("cannot read registry logins from " + file + ": " + e.getMessage(), e);
        }
    }

    private Optional<Credentials> credentials(String key, JsonNode entry) {
        if (entry.hasNonNull("auth")) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(entry.get("auth").asText()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new GantryException("the login for " + key + " in " + file + " is not valid base64", e);
            }
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                throw new GantryException("the login for " + key + " in " + file + " is not user:password");
            }
            return Optional.of(new Credentials(pair.substring(0, colon), pair.substring(colon + 1)));
        }
        if (entry.hasNonNull("username")) {
            return Optional.of(new Credentials(entry.get("username").asText(), entry.path("password").asText()));
        }
        return Optional.empty();
    }

    /** "https://index.docker.io/v1/" is docker.io; "http://host:5000/v2/" is host:5000. */
    public static String registryOf(String key) {
        String host = key.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
        int slash = host.indexOf('/');
        host = slash < 0 ? host : host.substring(0, slash);
        return switch (host) {
            case "index.docker.io", "registry-1.docker.io" -> RegistryName.DOCKER_HUB;
            default -> host;
        };
    }
}

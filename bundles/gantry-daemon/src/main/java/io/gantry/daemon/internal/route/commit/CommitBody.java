package io.gantry.daemon.internal.route.commit;

import static io.gantry.daemon.internal.json.JsonKind.OBJECT;
import static io.gantry.daemon.internal.json.JsonKind.STRING;
import static io.gantry.daemon.internal.json.JsonKind.STRINGS;
import static io.gantry.daemon.internal.json.JsonKind.STRING_MAP;
import static io.gantry.daemon.internal.json.JsonKind.STRING_OR_STRINGS;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.image.ImageConfig;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.route.container.body.HealthcheckBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of {@code POST /commit}: a container Config whose set fields replace the container's in the image. */
final class CommitBody {
    static final BodySchema SCHEMA = new BodySchema().with(STRINGS, "Env")
            .with(STRING_OR_STRINGS, "Cmd", "Entrypoint").with(STRING, "WorkingDir", "User", "StopSignal")
            .with(STRING_MAP, "Labels").with(OBJECT, "ExposedPorts", "Volumes")
            .with("Healthcheck", HealthcheckBody.SCHEMA);

    private CommitBody() {
    }

    /** The overrides, or null for no body or an empty one. */
    static ImageConfig read(JsonNode body) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        return new ImageConfig(strings(body.get("Env")), strings(body.get("Entrypoint")), strings(body.get("Cmd")),
                text(body, "WorkingDir"), text(body, "User"), labels(body.get("Labels")), text(body, "StopSignal"),
                keys(body.get("ExposedPorts")), keys(body.get("Volumes")), HealthcheckBody.read(body));
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        List<String> values = new ArrayList<>();
        node.forEach(item -> values.add(item.asText()));
        return values;
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (node != null) {
            node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        }
        return labels;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        if (node != null) {
            node.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }
}

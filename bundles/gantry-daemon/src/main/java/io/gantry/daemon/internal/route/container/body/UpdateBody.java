package io.gantry.daemon.internal.route.container.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Resources;
import io.gantry.api.container.RestartPolicy;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.json.JsonFields;
import java.util.List;

/**
 * The body of POST /containers/{id}/update: the resources, and a restart policy only when one is named (the
 * docker CLI sends an empty policy name with every update, which means "unchanged").
 *
 * @param restartPolicy null to keep the container's
 */
public record UpdateBody(Resources resources, RestartPolicy restartPolicy) {
    public static final BodySchema SCHEMA = ContainerSchemas.UPDATE;

    /** @param body checked against {@link #SCHEMA} */
    public static UpdateBody read(JsonNode body) {
        UnsupportedFields.checkUpdate(body);
        Resources resources = ResourcesBody.read(body);
        List<String> fixed = ResourcesBody.notUpdatable(resources);
        if (!fixed.isEmpty()) {
            throw new InvalidArgumentException(String.join(", ", fixed)
                    + " cannot be changed on a live container: create a new container instead");
        }
        String name = JsonFields.string(JsonFields.object(body, "RestartPolicy"), "Name");
        RestartPolicy policy = name == null || name.isEmpty() ? null : MountsBody.restartPolicy(body);
        return new UpdateBody(resources, policy);
    }
}

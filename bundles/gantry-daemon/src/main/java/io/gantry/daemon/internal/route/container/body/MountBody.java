package io.gantry.daemon.internal.route.container.body;

import static io.gantry.daemon.internal.json.JsonKind.BOOLEAN;
import static io.gantry.daemon.internal.json.JsonKind.INTEGER;
import static io.gantry.daemon.internal.json.JsonKind.OBJECT;
import static io.gantry.daemon.internal.json.JsonKind.STRING;
import static io.gantry.daemon.internal.json.JsonKind.STRING_MAP;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Mount;
import io.gantry.api.container.VolumeOptions;
import io.gantry.api.volume.VolumeNames;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.json.JsonFields;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One item of HostConfig.Mounts, as --mount and docker-py's Mount send it: Type, Source, Target, ReadOnly and the
 * options of its type. A volume without a Source is anonymous; VolumeOptions give the new volume's driver, driver
 * options and labels, and NoCopy. The options of another type are refused, as dockerd refuses them; Consistency
 * and BindOptions (propagation) are accepted and have no effect here.
 */
final class MountBody {
    private static final BodySchema SCHEMA = new BodySchema()
            .with(STRING, "Type", "Source", "Target", "Consistency")
            .with(BOOLEAN, "ReadOnly")
            .with(OBJECT, "BindOptions")
            .with("VolumeOptions", new BodySchema().with(BOOLEAN, "NoCopy").with(STRING_MAP, "Labels")
                    .with("DriverConfig", new BodySchema().with(STRING, "Name").with(STRING_MAP, "Options")))
            .with("TmpfsOptions", new BodySchema().with(INTEGER, "SizeBytes", "Mode"));
    private static final Map<Mount.Type, String> OPTIONS = new EnumMap<>(Map.of(Mount.Type.BIND, "BindOptions",
            Mount.Type.VOLUME, "VolumeOptions", Mount.Type.TMPFS, "TmpfsOptions"));

    private MountBody() {
    }

    static Mount read(JsonNode item) {
        if (!item.isObject()) {
            throw new InvalidArgumentException("invalid HostConfig.Mounts: each mount is an object");
        }
        SCHEMA.check(item, "HostConfig.Mounts.");
        String type = JsonFields.string(item, "Type");
        Mount.Type kind = switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "bind" -> Mount.Type.BIND;
            case "volume" -> Mount.Type.VOLUME;
            case "tmpfs" -> Mount.Type.TMPFS;
            default -> throw new InvalidArgumentException("invalid mount config: mount type " + (type == null
                    ? "(none)" : "'" + type + "'") + " is not one of bind, volume or tmpfs");
        };
        OPTIONS.forEach((other, field) -> {
            if (other != kind && item.hasNonNull(field)) {
                throw invalid(type, "field " + field + " must not be specified");
            }
        });
        String source = CreateBody.emptyToNull(JsonFields.string(item, "Source"));
        String target = JsonFields.string(item, "Target");
        boolean readOnly = JsonFields.bool(item, "ReadOnly");
        return switch (kind) {
            case BIND -> Mount.bind(source, target, readOnly);
            case VOLUME -> volume(type, source, target, readOnly, JsonFields.object(item, "VolumeOptions"));
            case TMPFS -> tmpfs(type, source, target, readOnly, JsonFields.object(item, "TmpfsOptions"));
        };
    }

    private static Mount volume(String type, String name, String target, boolean readOnly, JsonNode options) {
        if (name == null && readOnly) {
            throw invalid(type, "must not set ReadOnly mode when using anonymous volumes");
        }
        JsonNode driver = JsonFields.object(options, "DriverConfig");
        VolumeOptions read = new VolumeOptions(JsonFields.bool(options, "NoCopy"),
                CreateBody.emptyToNull(JsonFields.string(driver, "Name")),
                JsonFields.stringMap(driver, "Options"), JsonFields.stringMap(options, "Labels"));
        Mount mount = Mount.volume(name, target, readOnly, read.equals(VolumeOptions.DEFAULT) ? null : read);
        if (name != null) {
            VolumeNames.check(name);
        }
        return mount;
    }

    /** A size or mode of 0 is the default, as for dockerd. */
    private static Mount tmpfs(String type, String source, String target, boolean readOnly, JsonNode options) {
        if (source != null) {
            throw invalid(type, "field Source must not be specified");
        }
        Integer mode = JsonFields.integer(options, "Mode");
        return new Mount(Mount.Type.TMPFS, null, target, readOnly, JsonFields.positiveOrNull(options, "SizeBytes"),
                mode == null || mode == 0 ? null : mode);
    }

    private static InvalidArgumentException invalid(String type, String reason) {
        return new InvalidArgumentException("invalid mount config for type \"" + type + "\": " + reason);
    }
}

package io.gantry.volume.local.internal;

import io.gantry.api.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of Docker's local driver, checked as far as they can be before anything is mounted: {@code type},
 * {@code device} and {@code o} say what to mount on the volume's data folder, as {@code mount -t type -o o device}
 * would; {@code size} limits a tmpfs volume, the only kind whose size this driver can enforce.
 */
final class MountOptions {
    static final String TYPE = "type";
    static final String DEVICE = "device";
    static final String O = "o";
    static final String SIZE = "size";
    private static final String TMPFS = "tmpfs";
    private static final Set<String> KEYS = Set.of(TYPE, DEVICE, O, SIZE);
    /** Docker's mandatoryOpts: each option with those it needs, in a fixed order so that the message is too. */
    private static final List<Map.Entry<String, List<String>>> REQUIRED = List.of(Map.entry(DEVICE, List.of(TYPE)),
            Map.entry(TYPE, List.of(DEVICE)), Map.entry(O, List.of(DEVICE, TYPE)));

    private MountOptions() {
    }

    /** @throws InvalidArgumentException naming the option that is unknown, missing or cannot apply */
    static MountPlan parse(Map<String, String> options) {
        for (String key : new TreeSet<>(options.keySet())) {
            if (!KEYS.contains(key)) {
                throw new InvalidArgumentException("invalid option key: \"" + key + "\"");
            }
        }
        String size = options.containsKey(SIZE) ? tmpfsSize(options) : null;
        for (Map.Entry<String, List<String>> required : REQUIRED) {
            for (String needed : options.containsKey(required.getKey()) ? required.getValue() : List.<String>of()) {
                if (!options.containsKey(needed)) {
                    throw new InvalidArgumentException("missing required option: \"" + needed + "\"");
                }
            }
        }
        for (String key : List.of(TYPE, DEVICE)) {
            if (options.containsKey(key) && options.get(key).isBlank()) {
                throw new InvalidArgumentException("option \"" + key + "\" needs a value");
            }
        }
        return options.containsKey(TYPE) ? plan(options, size) : MountPlan.NONE;
    }

    private static String tmpfsSize(Map<String, String> options) {
        long bytes = RamSize.bytes(options.get(SIZE)).orElseThrow(() -> new InvalidArgumentException(
                "invalid option \"size\": \"" + options.get(SIZE) + "\" is no size (such as 64m or 1g)"));
        if (!TMPFS.equals(options.get(TYPE))) {
            throw new InvalidArgumentException("quota size requested but no quota support: option \"size\" applies"
                    + " only to a volume with type=tmpfs");
        }
        return "size=" + bytes;
    }

    private static MountPlan plan(Map<String, String> options, String size) {
        long flags = 0;
        List<String> data = new ArrayList<>();
        for (String word : options.getOrDefault(O, "").split(",")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals("remount")) {
                throw new InvalidArgumentException("invalid option \"o\": \"remount\" cannot apply to a new volume");
            }
            if (size != null && word.startsWith("size=")) {
                throw new InvalidArgumentException("option \"size\" conflicts with \"" + word + "\" in option \"o\"");
            }
            Optional<MountFlags.Flag> flag = MountFlags.named(word);
            if (flag.isPresent()) {
                flags = flag.get().applyTo(flags);
            } else {
                data.add(word);
            }
        }
        if (size != null) {
            data.add(size);
        }
        MountPlan plan = new MountPlan(options.get(DEVICE), options.get(TYPE), flags, String.join(",", data));
        checkBind(plan);
        return plan;
    }

    private static void checkBind(MountPlan plan) {
        if (plan.type().equals("none") && !plan.binds()) {
            throw new InvalidArgumentException("option \"type\": \"none\" mounts nothing without o=bind or o=rbind");
        }
        if (plan.binds() && !plan.device().startsWith("/")) {
            throw new InvalidArgumentException("option \"device\" of a bind mount must be an absolute path, not \""
                    + plan.device() + "\"");
        }
    }
}

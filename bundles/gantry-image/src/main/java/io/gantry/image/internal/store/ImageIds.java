package io.gantry.image.internal.store;

import io.gantry.api.InvalidArgumentException;
import io.gantry.image.internal.content.Digests;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Full and abbreviated image ids: "sha256:<hex>" or just the hex, full or a prefix of 4 digits or more. */
final class ImageIds {
    static final int MIN_PREFIX = 4;
    private static final Pattern FULL = Pattern.compile("(?:sha256:)?([0-9a-f]{64})");
    private static final Pattern PREFIX = Pattern.compile("(?:sha256:)?([0-9a-f]{" + MIN_PREFIX + ",63})");

    private ImageIds() {
    }

    /** The id "sha256:<hex>" if {@code text} is a full id with or without "sha256:". */
    static Optional<String> full(String text) {
        Matcher matcher = FULL.matcher(text);
        return matcher.matches() ? Optional.of(Digests.SHA256_PREFIX + matcher.group(1)) : Optional.empty();
    }

    static boolean isPrefix(String text) {
        return PREFIX.matcher(text).matches();
    }

    /**
     * The one id among {@code ids} that starts with {@code prefix}.
     *
     * @throws InvalidArgumentException if several do
     */
    static Optional<String> unique(Collection<String> ids, String prefix) {
        String hex = prefix.startsWith(Digests.SHA256_PREFIX) ? prefix.substring(Digests.SHA256_PREFIX.length())
                : prefix;
        List<String> matches = ids.stream().filter(id -> id.startsWith(Digests.SHA256_PREFIX + hex)).distinct()
                .sorted().toList();
        if (matches.size() > 1) {
            throw new InvalidArgumentException("image id prefix " + prefix + " is ambiguous: it matches "
                    + String.join(", ", matches.stream().map(ImageIds::shortId).toList()));
        }
        return matches.stream().findFirst();
    }

    static String shortId(String id) {
        String hex = id.startsWith(Digests.SHA256_PREFIX) ? id.substring(Digests.SHA256_PREFIX.length()) : id;
        return hex.substring(0, Math.min(12, hex.length()));
    }
}

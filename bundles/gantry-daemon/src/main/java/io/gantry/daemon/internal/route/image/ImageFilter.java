package io.gantry.daemon.internal.route.image;

import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageService;
import io.gantry.daemon.internal.json.Filters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The filters of GET /images/json: dangling, label, reference (a glob), before and since (an image). */
final class ImageFilter implements Predicate<Image> {
    static final List<String> KNOWN = List.of("dangling", "label", "reference", "before", "since");

    private final Filters filters;
    private final Boolean dangling;
    private final List<Pattern> references;
    private final Instant before;
    private final Instant since;

    ImageFilter(Filters filters, ImageService images) {
        this.filters = filters.allow("images", KNOWN);
        this.dangling = filters.bool("dangling");
        this.references = filters.get("reference").stream().map(ImageFilter::glob).toList();
        this.before = createdOf(images, "before", filters.get("before"));
        this.since = createdOf(images, "since", filters.get("since"));
    }

    @Override
    public boolean test(Image image) {
        Map<String, String> labels = image.config() == null || image.config().labels() == null ? Map.of()
                : image.config().labels();
        Instant created = image.created() == null ? Instant.EPOCH : image.created();
        return (dangling == null || dangling == image.repoTags().isEmpty()) && filters.labels(labels)
                && (references.isEmpty() || image.repoTags().stream().anyMatch(this::referenced))
                && (before == null || created.isBefore(before)) && (since == null || created.isAfter(since));
    }

    private boolean referenced(String repoTag) {
        int colon = repoTag.lastIndexOf(':');
        String repository = colon > repoTag.lastIndexOf('/') ? repoTag.substring(0, colon) : repoTag;
        return references.stream().anyMatch(p -> p.matcher(repoTag).matches() || p.matcher(repository).matches());
    }

    /** A shell-style pattern where * and ? stop at a slash, as Go's path.Match does. */
    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append("[^/]*");
                case '?' -> regex.append("[^/]");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static Instant createdOf(ImageService images, String filter, List<String> references) {
        if (references.isEmpty()) {
            return null;
        }
        String reference = references.get(references.size() - 1);
        try {
            Image image = images.resolve(reference);
            return image.created() == null ? Instant.EPOCH : image.created();
        } catch (NotFoundException e) {
            throw new NotFoundException("No such image: " + reference + " (in filter " + filter + ")", e);
        }
    }
}

package io.gantry.api.image;

/**
 * How to pull an image.
 *
 * @param platform "os/architecture[/variant]" to pick from a multi-platform image; "linux/amd64" when null
 * @param credentials the registry login, or {@code null} to pull anonymously
 */
public record PullOptions(String platform, Credentials credentials) {
    public static final String DEFAULT_PLATFORM = "linux/amd64";
    public static final PullOptions DEFAULTS = new PullOptions(null, null);

    public PullOptions {
        platform = platform == null || platform.isBlank() ? DEFAULT_PLATFORM : platform;
    }
}

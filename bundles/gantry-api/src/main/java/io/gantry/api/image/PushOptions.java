package io.gantry.api.image;

/** @param credentials the registry login, or {@code null} to push anonymously */
public record PushOptions(Credentials credentials) {
    public static final PushOptions DEFAULTS = new PushOptions(null);
}

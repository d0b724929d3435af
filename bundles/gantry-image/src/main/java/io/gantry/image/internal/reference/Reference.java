package io.gantry.image.internal.reference;

/**
 * A parsed image reference in familiar form: no "docker.io/" and no "library/" for official images, so
 * "docker.io/library/busybox", "library/busybox" and "busybox" are all repository "busybox".
 *
 * @param tag the tag; "latest" when neither a tag nor a digest was given, {@code null} for name@digest
 * @param digest the manifest digest of name@digest, else {@code null}
 */
public record Reference(String repository, String tag, String digest) {
    public static final String DEFAULT_TAG = "latest";

    /** @throws io.gantry.api.InvalidArgumentException naming the reference if it breaks the grammar */
    public static Reference parse(String text) {
        return ReferenceParser.parse(text);
    }

    public boolean hasDigest() {
        return digest != null;
    }

    /** "repository:tag", the key under which a tag is stored. */
    public String nameTag() {
        return repository + ":" + tag;
    }

    /** The repository of a stored "repository:tag" key. */
    public static String repositoryOf(String nameTag) {
        return nameTag.substring(0, nameTag.lastIndexOf(':'));
    }
}

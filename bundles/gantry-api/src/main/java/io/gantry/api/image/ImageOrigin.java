package io.gantry.api.image;

/**
 * Where an image came from, as Docker's image inspect shows it; empty strings where the image does not say.
 *
 * @param parent the id of the image it was committed on, for an image made here by a commit
 * @param container the id of the container it was committed from
 * @param containerConfig the run config of that container, null if it was not committed
 * @param dockerVersion the version of the engine that made it
 */
public record ImageOrigin(String parent, String comment, String author, String container,
        ImageConfig containerConfig, String dockerVersion) {
    public static final ImageOrigin NONE = new ImageOrigin("", "", "", "", null, "");

    public ImageOrigin {
        parent = orEmpty(parent);
        comment = orEmpty(comment);
        author = orEmpty(author);
        container = orEmpty(container);
        dockerVersion = orEmpty(dockerVersion);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

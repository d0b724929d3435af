package io.gantry.api;

/** The request clashes with existing state: a name in use, an image in use, a running container. */
public class ConflictException extends GantryException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}

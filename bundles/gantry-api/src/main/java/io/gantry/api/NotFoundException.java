package io.gantry.api;

/** A named object (container, image, provider ...) does not exist. */
public class NotFoundException extends GantryException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}

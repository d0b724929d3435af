package io.gantry.api;

/** The caller passed a value that can never work. */
public class InvalidArgumentException extends GantryException {
    private static final long serialVersionUID = 1L;

    public InvalidArgumentException(String message) {
        super(message);
    }

    public InvalidArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}

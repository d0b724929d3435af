package io.gantry.api;

/** Base of the typed errors. The message is meant for the user: it names what was wrong. */
public class GantryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GantryException(String message) {
        super(message);
    }

    public GantryException(String message, Throwable cause) {
        super(message, cause);
    }
}

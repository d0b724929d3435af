package io.gantry.api;

/** The request is valid but the system is not in a state to serve it: a missing binary, a stopped container. */
public class FailedPreconditionException extends GantryException {
    private static final long serialVersionUID = 1L;

    public FailedPreconditionException(String message) {
        super(message);
    }

    public FailedPreconditionException(String message, Throwable cause) {
        super(message, cause);
    }
}

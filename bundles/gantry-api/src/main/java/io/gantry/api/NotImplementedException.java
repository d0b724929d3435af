package io.gantry.api;

/** The request names something the engine cannot do for it, such as reading a log that is not kept. */
public class NotImplementedException extends GantryException {
    private static final long serialVersionUID = 1L;

    public NotImplementedException(String message) {
        super(message);
    }
}

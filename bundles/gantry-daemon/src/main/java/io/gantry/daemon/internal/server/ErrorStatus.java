package io.gantry.daemon.internal.server;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.NotImplementedException;
import io.netty.handler.codec.http.HttpResponseStatus;

/** The HTTP status for an engine error, as dockerd answers it. */
public final class ErrorStatus {
    private ErrorStatus() {
    }

    static HttpResponseStatus of(Throwable error) {
        if (error instanceof NotFoundException) {
            return HttpResponseStatus.NOT_FOUND;
        }
        if (error instanceof ConflictException || error instanceof FailedPreconditionException) {
            return HttpResponseStatus.CONFLICT;
        }
        if (error instanceof InvalidArgumentException) {
            return HttpResponseStatus.BAD_REQUEST;
        }
        if (error instanceof NotImplementedException) {
            return HttpResponseStatus.NOT_IMPLEMENTED;
        }
        return HttpResponseStatus.INTERNAL_SERVER_ERROR;
    }

    /** The message the client sees: never a stack trace, never empty. */
    public static String message(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}

package io.gantry.api.image;

import java.time.Instant;

/**
 * One step of an image's history, newest first as {@code docker history} shows it.
 *
 * @param created when the step ran, or {@code null} if the image does not say
 * @param createdBy the command of the step
 * @param emptyLayer whether the step made no layer (ENV, CMD ...)
 * @param size the stored size of the step's layer blob; 0 for an empty layer
 */
public record HistoryEntry(Instant created, String createdBy, boolean emptyLayer, long size, String comment) {
}

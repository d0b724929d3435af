package io.gantry.layer;

/**
 * What an extraction did.
 *
 * @param entries the tar entries processed, whiteouts included
 * @param bytes the bytes of regular file content written
 */
public record ExtractSummary(long entries, long bytes) {
}

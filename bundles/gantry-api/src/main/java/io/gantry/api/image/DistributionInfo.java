package io.gantry.api.image;

import java.util.List;

/**
 * What a registry says of an image reference, as {@code GET /distribution/{name}/json} answers it.
 *
 * @param mediaType the media type of the manifest (or index) the reference names
 * @param digest its digest
 * @param size its size in bytes
 * @param platforms the platforms it serves: each entry of an index, or the config's of a single manifest
 */
public record DistributionInfo(String mediaType, String digest, long size, List<Platform> platforms) {
    public DistributionInfo {
        platforms = List.copyOf(platforms);
    }

    /** @param variant null when the platform has none */
    public record Platform(String os, String architecture, String variant) {
    }
}

package io.gantry.api.image;

import java.util.List;
import java.util.Set;

/**
 * What an image prune deleted.
 *
 * @param deletedImageIds ids of the images deleted
 * @param reclaimedBytes size of the blobs deleted
 * @param unusedLayerChainIds chain ids of the deleted images' layers that no remaining image uses, so the
 *        storage driver's copies of them can go too
 */
public record PruneResult(List<String> deletedImageIds, long reclaimedBytes, Set<String> unusedLayerChainIds) {
    public PruneResult {
        deletedImageIds = List.copyOf(deletedImageIds);
        unusedLayerChainIds = Set.copyOf(unusedLayerChainIds);
    }
}

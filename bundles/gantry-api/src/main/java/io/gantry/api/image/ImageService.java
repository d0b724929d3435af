package io.gantry.api.image;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Images and their content. A reference is "name[:tag]", a full or abbreviated id, or "name@digest";
 * a missing tag means ":latest".
 */
@ProviderType
public interface ImageService {
    /** @throws io.gantry.api.NotFoundException "no such image: x" */
    Image resolve(String reference);

    List<Image> list();

    /** Makes a one-layer image from a root file system tarball (plain or gzip) and tags it. */
    Image importRootfs(InputStream tarball, String reference);

    /**
     * Makes an image of the parent's layers plus the layer {@code layer} writes, with the container's config,
     * the overrides and the changes applied, and a history step carrying the comment and author.
     *
     * @throws io.gantry.api.InvalidArgumentException naming a change that is not valid
     */
    Image commit(ImageCommit commit, LayerWriter layer);

    /** Makes an image of the host's static busybox with an applet link for each command, and tags it. */
    Image createBusybox(String reference);

    void tag(String source, String target);

    /**
     * Untags, and deletes an image whose last tag is gone.
     *
     * @throws io.gantry.api.ConflictException if a container uses it and {@code force} is false
     */
    void remove(String reference, boolean force);

    /** The uncompressed tar of one layer, checked against its diff id as it is read. */
    InputStream openLayer(Layer layer);

    /** Records that {@code user} (a container id) uses the image, so it is not deleted under it. */
    void retain(String imageId, String user);

    void release(String imageId, String user);

    /**
     * Pulls an image from its registry, stores and tags it, and records its repo digest so that
     * "name@digest" resolves. Blobs already stored are not downloaded again.
     *
     * @throws io.gantry.api.NotFoundException "manifest unknown: x:tag", or no manifest for the platform
     * @throws io.gantry.api.FailedPreconditionException if the registry refuses the credentials
     * @throws io.gantry.api.GantryException naming the registry if it cannot be reached
     */
    Image pull(String reference, PullOptions options, ProgressListener progress);

    /**
     * Asks the image's registry for the manifest its reference names, storing nothing.
     *
     * @param credentials the login to use, or null for the stored one
     * @throws io.gantry.api.NotFoundException "manifest unknown: x:tag"
     * @throws io.gantry.api.GantryException naming the registry if it cannot be reached
     */
    DistributionInfo distribution(String reference, Credentials credentials);

    /**
     * {@code docker search} on the index the term names (Docker Hub's for an unqualified term).
     *
     * @throws io.gantry.api.InvalidArgumentException for an empty term or a limit outside [1, 100]
     * @throws io.gantry.api.GantryException naming the index if it cannot be reached
     */
    List<SearchResult> search(String term, int limit);

    /** Uploads a local image's blobs and manifest to the registry its reference names. */
    void push(String reference, PushOptions options, ProgressListener progress);

    /**
     * Writes the images as one tarball; several references may name the same image. {@code out} is not closed.
     *
     * @throws io.gantry.api.NotFoundException before anything is written, if a reference names no image
     */
    void save(List<String> references, OutputStream out, ArchiveFormat format);

    /**
     * Reads a docker-archive or OCI layout tarball (the format is sniffed), verifying every blob, and stores
     * and tags its images. A hostile or broken archive is refused and leaves nothing behind.
     *
     * @return the images loaded, in archive order
     * @throws io.gantry.api.InvalidArgumentException naming what is wrong with the archive
     */
    List<Image> load(InputStream in, ProgressListener progress);

    /**
     * Deletes images no container uses: only untagged ones, or with {@code all} every one; then every blob
     * no image references.
     */
    PruneResult prune(boolean all);

    /** The subset of {@code candidateChainIds} that no stored image has as a layer chain id. */
    Set<String> unusedLayerChainIds(Set<String> candidateChainIds);

    /** The steps that made the image, newest first. */
    List<HistoryEntry> history(String reference);

    /**
     * Checks the login against the registry ("host[:port]", or "docker.io") and stores it; later pulls and
     * pushes to that registry that pass no credentials use it.
     *
     * @throws io.gantry.api.FailedPreconditionException if the registry refuses the credentials
     */
    void login(String registry, Credentials credentials);
}

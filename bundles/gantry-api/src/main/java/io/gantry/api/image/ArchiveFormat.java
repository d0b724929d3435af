package io.gantry.api.image;

/** The tarball layouts {@link ImageService#save} writes; {@link ImageService#load} reads either. */
public enum ArchiveFormat {
    /** What {@code docker save} writes: manifest.json, a config per image, uncompressed layer tars, repositories. */
    DOCKER,
    /** An OCI image layout: oci-layout, index.json and blobs/sha256/..., tags in ref.name annotations. */
    OCI
}

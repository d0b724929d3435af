package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Set;

/** The media types the image store and the registry client write or read. */
public final class MediaTypes {
    public static final String MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    public static final String INDEX = "application/vnd.oci.image.index.v1+json";
    public static final String CONFIG = "application/vnd.oci.image.config.v1+json";
    public static final String LAYER_TAR = "application/vnd.oci.image.layer.v1.tar";
    public static final String LAYER_TAR_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";
    public static final String LAYER_TAR_ZSTD = "application/vnd.oci.image.layer.v1.tar+zstd";
    public static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    public static final String DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    public static final String DOCKER_LAYER_TAR = "application/vnd.docker.image.rootfs.diff.tar";
    public static final String DOCKER_LAYER_TAR_GZIP = "application/vnd.docker.image.rootfs.diff.tar.gzip";
    /** What a pull accepts, as an Accept header. */
    public static final String ACCEPTED_MANIFESTS = String.join(", ",
            List.of(MANIFEST, INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST));

    private static final Set<String> MANIFESTS = Set.of(MANIFEST, DOCKER_MANIFEST);
    private static final Set<String> INDEXES = Set.of(INDEX, DOCKER_MANIFEST_LIST);

    private MediaTypes() {
    }

    public static boolean isIndex(String mediaType) {
        return INDEXES.contains(mediaType);
    }

    public static boolean isGzipLayer(String mediaType) {
        return LAYER_TAR_GZIP.equals(mediaType) || DOCKER_LAYER_TAR_GZIP.equals(mediaType);
    }

    public static boolean isZstdLayer(String mediaType) {
        return mediaType != null && mediaType.endsWith("+zstd");
    }

    /**
     * The media type of a manifest document: the Content-Type the registry sent if it is one we know, else
     * the document's own "mediaType", else OCI index or manifest by whether it lists manifests.
     */
    public static String detect(String contentType, byte[] document) {
        if (MANIFESTS.contains(contentType) || INDEXES.contains(contentType)) {
            return contentType;
        }
        Probe probe = CanonicalJson.read(document, Probe.class, "manifest");
        if (probe.mediaType() != null && (MANIFESTS.contains(probe.mediaType()) || isIndex(probe.mediaType()))) {
            return probe.mediaType();
        }
        return probe.manifests() != null ? INDEX : MANIFEST;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Probe(String mediaType, List<Object> manifests) {
    }
}

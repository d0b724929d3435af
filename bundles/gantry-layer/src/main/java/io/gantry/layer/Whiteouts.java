package io.gantry.layer;

/** What to do with the whiteout entries ({@code .wh.NAME}, {@code .wh..wh..opq}) of a layer tar. */
public enum Whiteouts {
    /**
     * Keep them for overlayfs: {@code .wh.NAME} becomes a 0:0 character device NAME, and an opaque marker
     * becomes the xattr {@code trusted.overlay.opaque=y} on its directory.
     */
    OVERLAY,
    /**
     * Apply them to a directory that already holds the lower layers: delete NAME, and for an opaque marker
     * empty the directory of everything that this layer did not add itself.
     */
    APPLY
}

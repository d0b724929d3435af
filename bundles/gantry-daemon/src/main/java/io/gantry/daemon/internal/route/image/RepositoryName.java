package io.gantry.daemon.internal.route.image;

/** How Docker names a repository in its progress messages: the path without the registry host. */
final class RepositoryName {
    private RepositoryName() {
    }

    /** "busybox" is "library/busybox", "127.0.0.1:5000/bb" is "bb"; a tag or digest is dropped. */
    static String path(String reference) {
        String name = withoutTagOrDigest(reference);
        int slash = name.indexOf('/');
        String first = slash < 0 ? "" : name.substring(0, slash);
        boolean hasRegistry = first.contains(".") || first.contains(":") || first.equals("localhost");
        String path = hasRegistry ? name.substring(slash + 1) : name;
        boolean hub = !hasRegistry || first.equals("docker.io") || first.equals("index.docker.io");
        return hub && !path.contains("/") ? "library/" + path : path;
    }

    static String withoutTagOrDigest(String reference) {
        int at = reference.indexOf('@');
        String name = at < 0 ? reference : reference.substring(0, at);
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
    }

    /** The first 12 hex digits of a digest, as Docker shows layer ids. */
    static String shortId(String digest) {
        String hex = digest.substring(digest.indexOf(':') + 1);
        return hex.substring(0, Math.min(12, hex.length()));
    }
}

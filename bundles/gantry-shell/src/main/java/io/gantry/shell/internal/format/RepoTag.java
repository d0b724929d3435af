package io.gantry.shell.internal.format;

/** An image tag split for image:ls: "localhost:5000/app:1.0" is repository "localhost:5000/app", tag "1.0". */
public record RepoTag(String repository, String tag) {
    public static final String NONE = "<none>";

    public static RepoTag parse(String repoTag) {
        int colon = repoTag.lastIndexOf(':');
        if (colon <= repoTag.lastIndexOf('/')) {
            return new RepoTag(repoTag, NONE);
        }
        return new RepoTag(repoTag.substring(0, colon), repoTag.substring(colon + 1));
    }
}

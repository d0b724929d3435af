package io.gantry.image.internal.reference;

import io.gantry.api.InvalidArgumentException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Docker's reference grammar: [domain/]path[:tag][@digest], normalized to familiar form. */
final class ReferenceParser {
    private static final int NAME_MAX_LENGTH = 255;
    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*|\\[[0-9a-fA-F:]+])(?::[0-9]+)?");
    private static final Pattern PATH_COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Pattern IMAGE_ID = Pattern.compile("[0-9a-f]{64}");
    private static final String OFFICIAL_PREFIX = "library/";

    private ReferenceParser() {
    }

    static Reference parse(String text) {
        if (text == null || text.isEmpty()) {
            throw invalid("", "the reference is empty");
        }
        String name = text;
        String digest = null;
        int at = name.indexOf('@');
        if (at >= 0) {
            digest = name.substring(at + 1);
            name = name.substring(0, at);
            if (!DIGEST.matcher(digest).matches()) {
                throw invalid(text, "the digest must be sha256:<64 lowercase hex digits>");
            }
        }
        String tag = null;
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            tag = name.substring(colon + 1);
            name = name.substring(0, colon);
            if (!TAG.matcher(tag).matches()) {
                throw invalid(text, "a tag is 1 to 128 of [A-Za-z0-9_.-], not starting with . or -");
            }
        }
        return new Reference(familiarName(text, name), tag == null && digest == null ? Reference.DEFAULT_TAG : tag,
                digest);
    }

    private static String familiarName(String text, String name) {
        if (name.isEmpty()) {
            throw invalid(text, "the repository name is empty");
        }
        if (name.length() > NAME_MAX_LENGTH) {
            throw invalid(text, "the repository name is longer than " + NAME_MAX_LENGTH + " characters");
        }
        String domain = null;
        String path = name;
        int slash = name.indexOf('/');
        if (slash > 0 && isDomain(name.substring(0, slash))) {
            domain = name.substring(0, slash);
            path = name.substring(slash + 1);
            if (!DOMAIN.matcher(domain).matches()) {
                throw invalid(text, "invalid registry host " + domain);
            }
        }
        checkPath(text, path);
        boolean dockerHub = domain == null || domain.equals("docker.io") || domain.equals("index.docker.io");
        if (!dockerHub) {
            return domain + "/" + path;
        }
        if (IMAGE_ID.matcher(path).matches()) {
            throw invalid(text, "a repository name cannot be 64 hex digits, which is an image id");
        }
        boolean official = path.startsWith(OFFICIAL_PREFIX) && path.indexOf('/', OFFICIAL_PREFIX.length()) < 0;
        return official ? path.substring(OFFICIAL_PREFIX.length()) : path;
    }

    private static boolean isDomain(String component) {
        return component.contains(".") || component.contains(":") || component.equals("localhost")
                || !component.equals(component.toLowerCase(Locale.ROOT));
    }

    private static void checkPath(String text, String path) {
        for (String component : path.split("/", -1)) {
            if (!PATH_COMPONENT.matcher(component).matches()) {
                boolean onlyCase = PATH_COMPONENT.matcher(component.toLowerCase(Locale.ROOT)).matches();
                throw invalid(text, onlyCase ? "the repository name must be lowercase"
                        : "each part of the repository name is lowercase letters and digits, joined by . _ __ or -");
            }
        }
    }

    private static InvalidArgumentException invalid(String text, String reason) {
        return new InvalidArgumentException("invalid reference format \"" + text + "\": " + reason);
    }
}

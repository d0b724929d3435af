package io.gantry.daemon.internal.server;

import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Maps a method and an unversioned path onto a route. In a pattern, {@code {}} matches one path segment
 * and {@code {*}} one or more (image names hold slashes).
 */
public final class Router {
    /** @param streamsBody whether the route reads the request body as it arrives, with no size limit */
    record Match(Route route, List<String> params, boolean streamsBody) {
    }

    private record Entry(HttpMethod method, String[] pattern, Route route, boolean streamsBody) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public Router add(HttpMethod method, String pattern, Route route) {
        entries.add(new Entry(method, split(pattern), route, false));
        return this;
    }

    /** A route that takes a body of any size (a tarball), which it reads through {@link Exchange#bodyStream()}. */
    public Router addStreaming(HttpMethod method, String pattern, Route route) {
        entries.add(new Entry(method, split(pattern), route, true));
        return this;
    }

    Optional<Match> find(HttpMethod method, String path) {
        String[] segments = split(path);
        for (Entry e : entries) {
            boolean methodFits = e.method.equals(method) || (method.equals(HttpMethod.HEAD)
                    && e.method.equals(HttpMethod.GET));
            List<String> params = new ArrayList<>();
            if (methodFits && matches(e.pattern, 0, segments, 0, params)) {
                return Optional.of(new Match(e.route, params, e.streamsBody));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String[] pattern, int p, String[] path, int s, List<String> params) {
        if (p == pattern.length) {
            return s == path.length;
        }
        if (s == path.length) {
            return false;
        }
        if (pattern[p].equals("{*}")) {
            for (int end = path.length - (pattern.length - p - 1); end > s; end--) {
                String[] taken = Arrays.copyOfRange(path, s, end);
                if (Arrays.asList(taken).contains("")) {
                    continue;
                }
                int mark = params.size();
                params.add(String.join("/", taken));
                if (matches(pattern, p + 1, path, end, params)) {
                    return true;
                }
                params.subList(mark, params.size()).clear();
            }
            return false;
        }
        boolean fits = pattern[p].equals("{}") ? !path[s].isEmpty() : pattern[p].equals(path[s]);
        if (!fits) {
            return false;
        }
        int mark = params.size();
        if (pattern[p].equals("{}")) {
            params.add(path[s]);
        }
        if (matches(pattern, p + 1, path, s + 1, params)) {
            return true;
        }
        params.subList(mark, params.size()).clear();
        return false;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}

package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.container.archive.PathStat;
import io.gantry.daemon.internal.json.Times;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The X-Docker-Container-Path-Stat header: base64 of a JSON {name, size, mode, mtime, linkTarget}, where
 * mode is Go's os.FileMode, i.e. the permission bits plus one high bit for the file type.
 */
final class PathStatHeader {
    static final String NAME = "X-Docker-Container-Path-Stat";
    private static final long GO_DIR = 1L << 31;
    private static final long GO_SYMLINK = 1L << 27;
    private static final long GO_DEVICE = 1L << 26;
    private static final long GO_NAMED_PIPE = 1L << 25;
    private static final long GO_SOCKET = 1L << 24;
    private static final long GO_SETUID = 1L << 23;
    private static final long GO_SETGID = 1L << 22;
    private static final long GO_CHAR_DEVICE = 1L << 21;
    private static final long GO_STICKY = 1L << 20;

    private PathStatHeader() {
    }

    static String encode(PathStat stat, ObjectMapper json) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", stat.name());
        fields.put("size", stat.size());
        fields.put("mode", goFileMode(stat.unixMode()));
        fields.put("mtime", Times.rfc3339(stat.modified()));
        fields.put("linkTarget", stat.linkTarget() == null ? "" : stat.linkTarget());
        try {
            return Base64.getEncoder().encodeToString(json.writeValueAsBytes(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a path stat", e);
        }
    }

    static long goFileMode(int unixMode) {
        long mode = unixMode & 0777;
        mode |= switch (unixMode & PathStat.S_IFMT) {
            case PathStat.S_IFDIR -> GO_DIR;
            case PathStat.S_IFLNK -> GO_SYMLINK;
            case 0060000 -> GO_DEVICE;
            case 0020000 -> GO_DEVICE | GO_CHAR_DEVICE;
            case 0010000 -> GO_NAMED_PIPE;
            case 0140000 -> GO_SOCKET;
            default -> 0L;
        };
        if ((unixMode & 04000) != 0) {
            mode |= GO_SETUID;
        }
        if ((unixMode & 02000) != 0) {
            mode |= GO_SETGID;
        }
        if ((unixMode & 01000) != 0) {
            mode |= GO_STICKY;
        }
        return mode;
    }
}

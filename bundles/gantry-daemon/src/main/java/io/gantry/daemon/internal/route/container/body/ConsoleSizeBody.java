package io.gantry.daemon.internal.route.container.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.attach.ConsoleSize;

/** Docker's ConsoleSize, [height, width], of a create's HostConfig and of an exec (API 1.42, which CLIs send). */
public final class ConsoleSizeBody {
    private static final int MAX_SIZE = 0xFFFF;

    private ConsoleSizeBody() {
    }

    /**
     * @param field the field's name in the errors
     * @return the size; null when absent, null or [0, 0]
     */
    public static ConsoleSize read(JsonNode parent, String field) {
        JsonNode size = parent.get("ConsoleSize");
        if (size == null || size.isNull()) {
            return null;
        }
        if (size.size() != 2 || !dimension(size.get(0)) || !dimension(size.get(1))) {
            throw new InvalidArgumentException("invalid " + field + " " + size + ": expected [height, width], each 0"
                    + " to " + MAX_SIZE);
        }
        int height = size.get(0).intValue();
        int width = size.get(1).intValue();
        return height == 0 && width == 0 ? null : new ConsoleSize(height, width);
    }

    private static boolean dimension(JsonNode n) {
        return n.canConvertToInt() && n.isIntegralNumber() && n.intValue() >= 0 && n.intValue() <= MAX_SIZE;
    }
}

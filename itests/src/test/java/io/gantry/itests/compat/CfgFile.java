package io.gantry.itests.compat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Sets keys in a Karaf etc/*.cfg file, replacing a key's line where it is or appending it. */
final class CfgFile {
    private CfgFile() {
    }

    static void set(Path file, Map<String, String> values) throws IOException {
        List<String> lines = Files.exists(file)
                ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : new ArrayList<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            Pattern key = Pattern.compile("^\\s*" + Pattern.quote(value.getKey()) + "\\s*[=:].*");
            String line = value.getKey() + " = " + value.getValue();
            int at = indexOf(lines, key);
            if (at < 0) {
                lines.add(line);
            } else {
                removeEntry(lines, at);
                lines.add(at, line);
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static int indexOf(List<String> lines, Pattern key) {
        for (int i = 0; i < lines.size(); i++) {
            if (key.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Removes the entry at the index, with the lines it continues on (each ending in a backslash). */
    private static void removeEntry(List<String> lines, int at) {
        boolean continued = true;
        while (continued && at < lines.size()) {
            continued = lines.get(at).endsWith("\\");
            lines.remove(at);
        }
    }
}

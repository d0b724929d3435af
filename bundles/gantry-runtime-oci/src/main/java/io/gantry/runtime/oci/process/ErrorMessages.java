package io.gantry.runtime.oci.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces what a command printed on stderr to its error messages. Runtimes log either JSON lines
 * ({@code {"level":"error","msg":"..."}}) or logfmt lines ({@code time=... level=error msg="..."}); other
 * lines are taken as plain text. Error-level messages win over the rest.
 */
public final class ErrorMessages {
    private static final ObjectMapper JSON = RuntimeMapper.MAPPER;
    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");
    private static final Pattern LOGFMT_FIELD = Pattern.compile("(\\w+)=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S*)");

    private ErrorMessages() {
    }

    /** The distinct messages joined by "; ", or an empty string when there are none. */
    public static String extract(String stderr) {
        List<LogLine> lines = stderr.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(ErrorMessages::parse).toList();
        List<LogLine> errors = lines.stream().filter(LogLine::isError).toList();
        Set<String> messages = new LinkedHashSet<>();
        (errors.isEmpty() ? lines : errors).forEach(line -> messages.add(line.message()));
        return String.join("; ", messages);
    }

    private static LogLine parse(String line) {
        if (line.startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(line);
                if (node.hasNonNull("msg")) {
                    return new LogLine(node.path("level").asText(null), node.get("msg").asText());
                }
            } catch (JsonProcessingException notJson) {
                return new LogLine(null, line);
            }
        }
        List<String[]> fields = logfmtFields(line);
        String level = null;
        String message = null;
        for (String[] field : fields) {
            if (field[0].equals("level")) {
                level = field[1];
            } else if (field[0].equals("msg")) {
                message = field[1];
            }
        }
        return message == null ? new LogLine(null, line) : new LogLine(level, message);
    }

    private static List<String[]> logfmtFields(String line) {
        List<String[]> fields = new ArrayList<>();
        Matcher matcher = LOGFMT_FIELD.matcher(line);
        while (matcher.find()) {
            fields.add(new String[] {matcher.group(1), unquote(matcher.group(2))});
        }
        return fields;
    }

    private static String unquote(String value) {
        if (value.length() < 2 || !value.startsWith("\"")) {
            return value;
        }
        return ESCAPE.matcher(value.substring(1, value.length() - 1)).replaceAll(escape -> switch (escape.group(1)) {
            case "n" -> "\n";
            case "t" -> "\t";
            default -> Matcher.quoteReplacement(escape.group(1));
        });
    }

    private record LogLine(String level, String message) {
        boolean isError() {
            return level == null || level.equals("error") || level.equals("fatal") || level.equals("panic");
        }
    }
}

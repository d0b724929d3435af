package io.gantry.image.internal.commit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.InvalidArgumentException;
import java.util.List;

/** The exec form ({@code ["a", "b"]}) or shell form ({@code a b}) of a CMD, ENTRYPOINT or VOLUME argument. */
final class CommandForm {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CommandForm() {
    }

    /** A command: the JSON array as it is, or the shell form run by {@code /bin/sh -c}. */
    static List<String> parse(String instruction, String arguments) {
        List<String> array = jsonArray(arguments);
        if (array != null) {
            return array;
        }
        if (arguments.isEmpty()) {
            throw new InvalidArgumentException(instruction + " requires at least one argument");
        }
        return List.of("/bin/sh", "-c", arguments);
    }

    /** A list of words: the JSON array, or the arguments split at white space. */
    static List<String> list(String instruction, String arguments) {
        List<String> array = jsonArray(arguments);
        List<String> items = array != null ? array
                : arguments.isEmpty() ? List.of() : List.of(arguments.split("\\s+"));
        if (items.isEmpty() || items.stream().anyMatch(String::isBlank)) {
            throw new InvalidArgumentException(instruction + " specified can not be an empty string");
        }
        return items;
    }

    /** The arguments as a JSON array of strings, or null if they are not one (then they are the shell form). */
    static List<String> jsonArray(String arguments) {
        if (!arguments.startsWith("[")) {
            return null;
        }
        try {
            return List.copyOf(JSON.readValue(arguments, new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException | NullPointerException e) {
            return null;
        }
    }
}

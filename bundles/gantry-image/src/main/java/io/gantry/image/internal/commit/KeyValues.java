package io.gantry.image.internal.commit;

import io.gantry.api.InvalidArgumentException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs of an ENV or LABEL instruction: {@code k=v k2="v 2"}, or the legacy {@code k the rest} with one pair,
 * their words lexed and expanded by {@link ShellWords} with the environment before the instruction.
 */
final class KeyValues {
    private KeyValues() {
    }

    static Map<String, String> parse(String instruction, String arguments, Map<String, String> env) {
        String[] legacy = arguments.strip().split("\\s+", 2);
        if (legacy[0].isEmpty()) {
            throw new InvalidArgumentException(instruction + " requires at least one argument");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        if (legacy[0].indexOf('=') < 0) {
            if (legacy.length < 2) {
                throw new InvalidArgumentException(instruction + " must have two arguments");
            }
            pairs.put(ShellWords.word(legacy[0], env), ShellWords.word(legacy[1], env));
            return pairs;
        }
        List<String> words = ShellWords.words(arguments, env);
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new InvalidArgumentException("Syntax error - can't find = in \"" + word
                        + "\". Must be of the form: name=value");
            }
            pairs.put(word.substring(0, eq), word.substring(eq + 1));
        }
        return pairs;
    }
}

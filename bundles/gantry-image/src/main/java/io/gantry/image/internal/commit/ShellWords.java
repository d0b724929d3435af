package io.gantry.image.internal.commit;

import io.gantry.api.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Dockerfile's word lexer for the instructions that expand variables: single quotes keep their text as it is,
 * double quotes group it, a backslash escapes the next character (in double quotes only {@code " $ \}), and
 * {@code $X}, {@code ${X}}, {@code ${X:-default}} and {@code ${X:+alternative}} take their value from the
 * environment, an unset variable expanding to nothing.
 */
final class ShellWords {
    private final String text;
    private final Map<String, String> env;
    private int at;

    private ShellWords(String text, Map<String, String> env) {
        this.text = text;
        this.env = env;
    }

    /** The text split at white space outside quotes, each word expanded. */
    static List<String> words(String text, Map<String, String> env) {
        return new ShellWords(text, env).split(true);
    }

    /** The text as one word, expanded, its white space kept. */
    static String word(String text, Map<String, String> env) {
        List<String> words = new ShellWords(text.strip(), env).split(false);
        return words.isEmpty() ? "" : words.get(0);
    }

    private List<String> split(boolean atSpaces) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (atSpaces && Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (c == '\'') {
                word.append(until('\''));
            } else if (c == '"') {
                doubleQuoted(word);
            } else if (c == '\\' && at < text.length()) {
                word.append(text.charAt(at++));
            } else if (c == '$') {
                word.append(dollar());
            } else {
                word.append(c);
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private String until(char quote) {
        int end = text.indexOf(quote, at);
        if (end < 0) {
            throw new InvalidArgumentException("unexpected end of statement while looking for matching " + quote);
        }
        String quoted = text.substring(at, end);
        at = end + 1;
        return quoted;
    }

    private void doubleQuoted(StringBuilder word) {
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return;
            }
            if (c == '\\' && at < text.length() && "\"$\\".indexOf(text.charAt(at)) >= 0) {
                word.append(text.charAt(at++));
            } else if (c == '$') {
                word.append(dollar());
            } else {
                word.append(c);
            }
        }
        throw new InvalidArgumentException("unexpected end of statement while looking for matching \"");
    }

    private String dollar() {
        if (at < text.length() && text.charAt(at) == '{') {
            int end = text.indexOf('}', at);
            if (end < 0) {
                throw new InvalidArgumentException("missing '}' in " + text);
            }
            String inside = text.substring(at + 1, end);
            at = end + 1;
            return braced(inside);
        }
        int start = at;
        while (at < text.length() && isNameChar(text.charAt(at))) {
            at++;
        }
        return start == at ? "$" : env.getOrDefault(text.substring(start, at), "");
    }

    private String braced(String inside) {
        int modifier = inside.indexOf(':');
        String name = modifier < 0 ? inside : inside.substring(0, modifier);
        if (name.isEmpty() || !name.chars().allMatch(c -> isNameChar((char) c))) {
            throw new InvalidArgumentException("bad substitution: ${" + inside + "}");
        }
        String value = env.get(name);
        if (modifier < 0) {
            return value == null ? "" : value;
        }
        String rest = inside.substring(modifier + 1);
        if (rest.isEmpty()) {
            throw new InvalidArgumentException("bad substitution: ${" + inside + "}");
        }
        boolean set = value != null && !value.isEmpty();
        if (rest.startsWith("-")) {
            return set ? value : word(rest.substring(1), env);
        }
        if (rest.startsWith("+")) {
            return set ? word(rest.substring(1), env) : "";
        }
        throw new InvalidArgumentException("unsupported modifier (" + rest.charAt(0) + ") in substitution: ${"
                + inside + "}");
    }

    private static boolean isNameChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c) && c < 128;
    }
}

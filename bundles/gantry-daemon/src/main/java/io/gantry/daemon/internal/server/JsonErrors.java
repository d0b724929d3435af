package io.gantry.daemon.internal.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short messages of the daemon's own for Jackson's parse errors, which name Jackson's internals. */
final class JsonErrors {
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.{1,40}?)'");

    private JsonErrors() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String original = String.valueOf(e.getOriginalMessage());
            return original.contains("nesting depth") ? "request body nesting is too deep"
                    : "request body holds a value that is too large";
        }
        return "invalid JSON in request body: " + what(String.valueOf(e.getOriginalMessage())) + where(e.getLocation());
    }

    private static String what(String original) {
        Matcher character = UNEXPECTED_CHARACTER.matcher(original);
        if (character.find()) {
            return "unexpected character '" + character.group(1) + "'";
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(original);
        if (token.find()) {
            return "unrecognized word '" + token.group(1) + "'";
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return "unexpected end of input";
        }
        if (original.startsWith("Unexpected close marker")) {
            return "unbalanced brackets";
        }
        if (original.contains("Illegal unquoted character")) {
            return "a control character inside a string";
        }
        if (original.contains("Invalid UTF-8")) {
            return "invalid UTF-8";
        }
        return "malformed JSON";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + " column " + location.getColumnNr();
    }
}

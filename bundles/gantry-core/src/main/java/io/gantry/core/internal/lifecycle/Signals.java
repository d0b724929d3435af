package io.gantry.core.internal.lifecycle;

import io.gantry.api.InvalidArgumentException;
import java.util.Locale;
import java.util.Map;

/** Linux signal names and numbers (x86-64 and arm64 share them). */
public final class Signals {
    public static final int SIGKILL = 9;
    public static final int SIGTERM = 15;
    private static final int SIGRTMIN = 34;
    private static final int SIGRTMAX = 64;

    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("HUP", 1), Map.entry("INT", 2), Map.entry("QUIT", 3), Map.entry("ILL", 4),
            Map.entry("TRAP", 5), Map.entry("ABRT", 6), Map.entry("IOT", 6), Map.entry("BUS", 7),
            Map.entry("FPE", 8), Map.entry("KILL", 9), Map.entry("USR1", 10), Map.entry("SEGV", 11),
            Map.entry("USR2", 12), Map.entry("PIPE", 13), Map.entry("ALRM", 14), Map.entry("TERM", 15),
            Map.entry("STKFLT", 16), Map.entry("CHLD", 17), Map.entry("CONT", 18), Map.entry("STOP", 19),
            Map.entry("TSTP", 20), Map.entry("TTIN", 21), Map.entry("TTOU", 22), Map.entry("URG", 23),
            Map.entry("XCPU", 24), Map.entry("XFSZ", 25), Map.entry("VTALRM", 26), Map.entry("PROF", 27),
            Map.entry("WINCH", 28), Map.entry("IO", 29), Map.entry("POLL", 29), Map.entry("PWR", 30),
            Map.entry("SYS", 31), Map.entry("RTMIN", SIGRTMIN), Map.entry("RTMAX", SIGRTMAX));

    private Signals() {
    }

    /** "KILL", "SIGKILL", "kill", "9", "RTMIN+3" or "SIGRTMAX-1" to a signal number. */
    static int parse(String signal) {
        if (signal == null || signal.isBlank()) {
            throw new InvalidArgumentException("invalid signal: empty");
        }
        String name = signal.trim().toUpperCase(Locale.ROOT);
        if (name.startsWith("SIG")) {
            name = name.substring(3);
        }
        boolean numeric = !name.isEmpty() && name.chars().allMatch(Character::isDigit);
        Integer number = numeric ? parseNumber(name) : byName(name);
        if (number == null || number < 1 || number > SIGRTMAX) {
            throw new InvalidArgumentException("invalid signal: " + signal);
        }
        return number;
    }

    private static Integer parseNumber(String digits) {
        return digits.length() > 2 ? null : Integer.valueOf(digits);
    }

    private static Integer byName(String name) {
        if (name.startsWith("RTMIN+") || name.startsWith("RTMAX-")) {
            Integer offset = offset(name.substring("RTMIN+".length()));
            Integer number = offset == null ? null : name.startsWith("RTMIN") ? SIGRTMIN + offset : SIGRTMAX - offset;
            return number == null || number < SIGRTMIN || number > SIGRTMAX ? null : number;
        }
        return BY_NAME.get(name);
    }

    private static Integer offset(String digits) {
        return !digits.isEmpty() && digits.length() <= 2 && digits.chars().allMatch(Character::isDigit)
                ? Integer.valueOf(digits) : null;
    }
}

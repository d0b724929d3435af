package io.gantry.cgroup.cpuset.internal;

import java.util.BitSet;
import java.util.Optional;

/** Docker's list syntax for CPUs and memory nodes: numbers and ranges separated by commas, as "0-2,4". */
final class CpuList {
    private static final int MAX_ID = 8192;

    private CpuList() {
    }

    /** The ids of {@code text}; empty if it is not a valid list. An empty text is an empty set. */
    static Optional<BitSet> parse(String text) {
        BitSet ids = new BitSet();
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return Optional.of(ids);
        }
        for (String part : trimmed.split(",", -1)) {
            int dash = part.indexOf('-');
            Optional<Integer> first = id(dash < 0 ? part : part.substring(0, dash));
            Optional<Integer> last = dash < 0 ? first : id(part.substring(dash + 1));
            if (first.isEmpty() || last.isEmpty() || first.get() > last.get()) {
                return Optional.empty();
            }
            ids.set(first.get(), last.get() + 1);
        }
        return Optional.of(ids);
    }

    private static Optional<Integer> id(String text) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int id = Integer.parseInt(text);
        return id <= MAX_ID ? Optional.of(id) : Optional.empty();
    }
}

package io.gantry.shell.internal.image;

import io.gantry.shell.internal.format.HumanSize;

/** The state of one blob's transfer and how its progress line reads. */
final class LayerLine {
    private static final int BAR_WIDTH = 30;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final String id;
    private String state = "";
    private long bytes = -1;
    private long total = -1;
    private long startNanos;
    private long nowNanos;
    private boolean finished;

    LayerLine(String id, long startNanos) {
        this.id = id;
        this.startNanos = startNanos;
        this.nowNanos = startNanos;
    }

    /** The first 12 hex digits of a digest, as docker shows layer ids. */
    static String shortId(String digest) {
        String hex = digest.substring(digest.indexOf(':') + 1);
        return hex.substring(0, Math.min(12, hex.length()));
    }

    /** A state without a transfer, e.g. waiting or verifying. */
    void state(String newState) {
        state = newState;
        bytes = -1;
    }

    void transfer(String newState, long newBytes, long newTotal, long now) {
        if (!newState.equals(state)) {
            startNanos = now;
        }
        state = newState;
        bytes = newBytes;
        total = newTotal;
        nowNanos = now;
    }

    void finish(String newState) {
        state = newState;
        finished = true;
    }

    String state() {
        return state;
    }

    String render() {
        if (finished || bytes < 0) {
            return id + ": " + state;
        }
        String sizes = HumanSize.of(bytes) + (total > 0 ? "/" + HumanSize.of(total) : "");
        String rate = rate();
        return id + ": " + state + " " + bar() + " " + sizes + (rate.isEmpty() ? "" : " " + rate);
    }

    private String bar() {
        if (total <= 0) {
            return "[" + " ".repeat(BAR_WIDTH) + "]";
        }
        int filled = (int) Math.min(BAR_WIDTH, bytes * BAR_WIDTH / total);
        String arrow = filled < BAR_WIDTH ? ">" : "";
        return "[" + "=".repeat(filled) + arrow + " ".repeat(BAR_WIDTH - filled - arrow.length()) + "]";
    }

    private String rate() {
        long elapsed = nowNanos - startNanos;
        if (elapsed <= 0) {
            return "";
        }
        return HumanSize.of(bytes * NANOS_PER_SECOND / elapsed) + "/s";
    }
}

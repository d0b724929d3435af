package io.gantry.daemon.internal.route.image;

import java.math.BigDecimal;
import java.math.MathContext;

/** The progress text of Docker's JSON messages: "[=====>      ]  1.049MB/2.097MB". */
final class ProgressBar {
    private static final int WIDTH = 50;
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

    private ProgressBar() {
    }

    static String render(long current, long total) {
        if (total <= 0) {
            return String.format("%8s", humanSize(current));
        }
        int filled = (int) Math.min(WIDTH, Math.max(0, current * 100 / total / 2));
        return "[" + "=".repeat(filled) + ">" + " ".repeat(WIDTH - filled) + "] "
                + String.format("%8s", humanSize(current)) + "/" + humanSize(total);
    }

    /** Decimal units with four significant digits, as Docker's go-units prints sizes. */
    static String humanSize(long bytes) {
        BigDecimal size = BigDecimal.valueOf(Math.max(0, bytes));
        int unit = 0;
        BigDecimal thousand = BigDecimal.valueOf(1000);
        while (size.compareTo(thousand) >= 0 && unit < UNITS.length - 1) {
            size = size.divide(thousand);
            unit++;
        }
        return size.round(new MathContext(4)).stripTrailingZeros().toPlainString() + UNITS[unit];
    }
}

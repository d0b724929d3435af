package io.gantry.shell.internal.image;

import io.gantry.api.image.ProgressListener;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Draws one line per blob of a pull or push. On an ANSI terminal each line is redrawn in place (cursor up,
 * erase line) as bytes arrive; otherwise a line is printed only when a blob changes state, so logs stay short.
 */
final class LayerProgress implements ProgressListener {
    private static final String ERASE_LINE = "\r\u001b[2K";

    private final PrintStream out;
    private final boolean ansi;
    private final LongSupplier nanoTime;
    private final Map<String, LayerLine> lines = new LinkedHashMap<>();
    private final List<String> order = new ArrayList<>();

    LayerProgress(PrintStream out, boolean ansi, LongSupplier nanoTime) {
        this.out = out;
        this.ansi = ansi;
        this.nanoTime = nanoTime;
    }

    @Override
    public void resolving(String reference) {
        out.println("Resolving " + reference);
    }

    @Override
    public void waiting(String digest) {
        update(digest, line -> line.state("Waiting"));
    }

    @Override
    public void downloading(String digest, long bytes, long total) {
        update(digest, line -> line.transfer("Downloading", bytes, total, nanoTime.getAsLong()));
    }

    @Override
    public void pushing(String digest, long bytes, long total) {
        update(digest, line -> line.transfer("Pushing", bytes, total, nanoTime.getAsLong()));
    }

    @Override
    public void verifying(String digest) {
        update(digest, line -> line.state("Verifying"));
    }

    @Override
    public void done(String digest) {
        update(digest, line -> line.finish("Pull complete"));
    }

    @Override
    public void alreadyExists(String digest) {
        update(digest, line -> line.finish("Already exists"));
    }

    @Override
    public void mounted(String digest, String fromRepository) {
        update(digest, line -> line.finish("Mounted from " + fromRepository));
    }

    @Override
    public void pushed(String digest) {
        update(digest, line -> line.finish("Pushed"));
    }

    @Override
    public void status(String message) {
        out.println(message);
    }

    private void update(String digest, Consumer<LayerLine> change) {
        LayerLine line = lines.get(digest);
        boolean added = line == null;
        if (added) {
            line = new LayerLine(LayerLine.shortId(digest), nanoTime.getAsLong());
            lines.put(digest, line);
            order.add(digest);
        }
        String stateBefore = line.state();
        change.accept(line);
        if (ansi) {
            redraw(digest, line.render(), added);
        } else if (added || !stateBefore.equals(line.state())) {
            out.println(line.render());
        }
        out.flush();
    }

    private void redraw(String digest, String text, boolean added) {
        if (added) {
            out.println(text);
            return;
        }
        int up = order.size() - order.indexOf(digest);
        out.print("\u001b[" + up + "A" + ERASE_LINE + text + "\u001b[" + up + "B\r");
    }
}

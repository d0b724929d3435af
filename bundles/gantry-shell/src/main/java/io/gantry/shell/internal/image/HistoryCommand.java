package io.gantry.shell.internal.image;

import io.gantry.api.image.HistoryEntry;
import io.gantry.api.image.ImageService;
import io.gantry.shell.internal.completers.ImageCompleter;
import io.gantry.shell.internal.format.HumanSize;
import io.gantry.shell.internal.format.HumanTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "image", name = "history", description = "Shows the steps that made an image, newest first")
public class HistoryCommand implements Action {
    private static final int CREATED_BY_WIDTH = 45;
    private static final String MISSING = "<missing>";

    @Reference
    ImageService images;

    @Option(name = "--no-trunc", description = "Show whole commands")
    boolean noTrunc;
    @Argument(index = 0, name = "image", required = true, description = "Image name or id")
    @Completion(ImageCompleter.class)
    String reference;

    Clock clock = Clock.systemUTC();

    @Override
    public Object execute() {
        String imageId = images.resolve(reference).shortId();
        List<HistoryEntry> history = images.history(reference);
        Instant now = clock.instant();
        ShellTable table = new ShellTable();
        table.column("IMAGE");
        table.column("CREATED");
        table.column("CREATED BY");
        table.column("SIZE");
        table.column("COMMENT");
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry step = history.get(i);
            table.addRow().addContent(i == 0 ? imageId : MISSING,
                    step.created() == null ? "" : HumanTime.ago(step.created(), now), createdBy(step),
                    HumanSize.of(step.size()), step.comment() == null ? "" : step.comment());
        }
        table.print(System.out);
        return null;
    }

    private String createdBy(HistoryEntry step) {
        String command = step.createdBy().replace('\n', ' ');
        return noTrunc || command.length() <= CREATED_BY_WIDTH ? command
                : command.substring(0, CREATED_BY_WIDTH - 1) + "…";
    }
}

package io.gantry.shell.internal.image;

import io.gantry.api.image.Image;
import io.gantry.api.image.ImageService;
import io.gantry.shell.internal.format.HumanSize;
import io.gantry.shell.internal.format.HumanTime;
import io.gantry.shell.internal.format.RepoTag;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.Row;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "image", name = "ls", description = "Lists images, one row per tag, newest first")
public class ListCommand implements Action {
    @Reference
    ImageService images;

    Clock clock = Clock.systemUTC();

    @Override
    public Object execute() {
        Instant now = clock.instant();
        ShellTable table = new ShellTable();
        table.column("REPOSITORY");
        table.column("TAG");
        table.column("IMAGE ID");
        table.column("CREATED");
        table.column("SIZE");
        List<Image> list = images.list().stream()
                .sorted(Comparator.comparing(Image::created, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        for (Image image : list) {
            List<String> tags = image.repoTags() == null ? List.of() : image.repoTags();
            if (tags.isEmpty()) {
                addRow(table, new RepoTag(RepoTag.NONE, RepoTag.NONE), image, now);
            }
            tags.forEach(tag -> addRow(table, RepoTag.parse(tag), image, now));
        }
        table.print(System.out);
        return null;
    }

    private static void addRow(ShellTable table, RepoTag tag, Image image, Instant now) {
        Row row = table.addRow();
        row.addContent(tag.repository(), tag.tag(), image.shortId(),
                image.created() == null ? "" : HumanTime.ago(image.created(), now), HumanSize.of(image.size()));
    }
}

package io.gantry.daemon.internal.route.image;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.ArchiveFormat;
import io.gantry.api.image.HistoryEntry;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageService;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PruneResult;
import io.gantry.daemon.internal.json.Filters;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.gantry.daemon.internal.server.TarResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.util.List;

/** Image endpoints for tarballs and housekeeping: save, load, history and prune. */
public final class ImageArchiveRoutes {
    private final ImageService images;

    public ImageArchiveRoutes(ImageService images) {
        this.images = images;
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/images/get", ex -> save(ex, ex.queries("names")))
                .add(HttpMethod.GET, "/images/{*}/get", ex -> save(ex, List.of(ex.param(0))))
                .addStreaming(HttpMethod.POST, "/images/load", this::load)
                .add(HttpMethod.GET, "/images/{*}/history", this::history)
                .add(HttpMethod.POST, "/images/prune", this::prune);
    }

    private void save(Exchange ex, List<String> names) throws IOException {
        if (names.isEmpty() || names.stream().anyMatch(String::isEmpty)) {
            throw new InvalidArgumentException("no image to save: give names=<image> for each image");
        }
        names.forEach(name -> ImageRoutes.find(images, name));
        TarResponse out = new TarResponse(ex.reply());
        images.save(names, out, ArchiveFormat.DOCKER);
        out.finish();
    }

    /** Answers one "Loaded image" line per tag, as dockerd does with or without quiet. */
    private void load(Exchange ex) {
        List<Image> loaded = images.load(ex.bodyStream(), ProgressListener.NONE);
        JsonLines.serve(ex, lines -> {
            for (Image image : loaded) {
                if (image.repoTags().isEmpty()) {
                    lines.send(lines.object().put("stream", "Loaded image ID: " + image.id() + "\n"));
                }
                image.repoTags().forEach(tag -> lines.send(lines.object().put("stream", "Loaded image: " + tag + "\n")));
            }
        });
    }

    /** Newest step first; only that one carries the image id and tags, the others are "<missing>". */
    private void history(Exchange ex) {
        Image image = ImageRoutes.find(images, ex.param(0));
        List<HistoryEntry> steps = images.history(image.id());
        ArrayNode out = ex.json().createArrayNode();
        for (int i = 0; i < steps.size(); i++) {
            HistoryEntry step = steps.get(i);
            ObjectNode o = out.addObject().put("Id", i == 0 ? image.id() : "<missing>")
                    .put("Created", step.created() == null ? 0 : step.created().getEpochSecond())
                    .put("CreatedBy", step.createdBy() == null ? "" : step.createdBy());
            if (i == 0 && !image.repoTags().isEmpty()) {
                o.set("Tags", ex.json().valueToTree(image.repoTags()));
            } else {
                o.putNull("Tags");
            }
            o.put("Size", step.size()).put("Comment", step.comment() == null ? "" : step.comment());
        }
        ex.reply().json(HttpResponseStatus.OK, out);
    }

    /** dangling=false (what "docker image prune -a" sends) prunes every unused image, not just untagged ones. */
    private void prune(Exchange ex) {
        Filters filters = Filters.parse(ex.query("filters"), ex.json()).allow("images prune", List.of("dangling"));
        PruneResult result = images.prune(!danglingOnly(filters.get("dangling")));
        ObjectNode out = ex.json().createObjectNode();
        ArrayNode deleted = out.putArray("ImagesDeleted");
        result.deletedImageIds().forEach(id -> deleted.addObject().put("Deleted", id));
        out.put("SpaceReclaimed", result.reclaimedBytes());
        ex.reply().json(HttpResponseStatus.OK, out);
    }

    private static boolean danglingOnly(List<String> values) {
        boolean only = true;
        for (String value : values) {
            if (value.equalsIgnoreCase("false") || value.equals("0")) {
                only = false;
            } else if (!value.equalsIgnoreCase("true") && !value.equals("1")) {
                throw new InvalidArgumentException("invalid filter 'dangling=" + value + "': expected true or false");
            }
        }
        return only;
    }
}

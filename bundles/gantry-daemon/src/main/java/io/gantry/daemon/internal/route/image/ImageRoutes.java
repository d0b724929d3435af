package io.gantry.daemon.internal.route.image;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageService;
import io.gantry.daemon.internal.json.Filters;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

/** Image endpoints: list, inspect, remove and tag. */
public final class ImageRoutes {
    private final ImageService images;
    private final ImageJson shapes;

    public ImageRoutes(ImageService images, ImageJson shapes) {
        this.images = images;
        this.shapes = shapes;
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/images/json", this::list)
                .add(HttpMethod.GET, "/images/{*}/json", this::inspect)
                .add(HttpMethod.POST, "/images/{*}/tag", this::tag)
                .add(HttpMethod.DELETE, "/images/{*}", this::remove);
    }

    private void list(Exchange ex) {
        ImageFilter filter = new ImageFilter(Filters.parse(ex.query("filters"), ex.json()), images);
        ArrayNode out = ex.json().createArrayNode();
        images.list().stream().filter(filter).forEach(i -> out.add(shapes.listItem(i)));
        ex.reply().json(HttpResponseStatus.OK, out);
    }

    private void inspect(Exchange ex) {
        ex.reply().json(HttpResponseStatus.OK, shapes.inspect(find(ex.param(0))));
    }

    private void tag(Exchange ex) {
        String repo = ex.query("repo");
        if (repo == null || repo.isEmpty()) {
            throw new InvalidArgumentException("no repository given: repo is required");
        }
        String tag = ex.query("tag");
        images.tag(ex.param(0), tag == null || tag.isEmpty() ? repo : repo + ":" + tag);
        ex.reply().empty(HttpResponseStatus.CREATED);
    }

    private void remove(Exchange ex) {
        String reference = ex.param(0);
        Image before = find(reference);
        images.remove(reference, ex.flag("force", false));
        ArrayNode out = ex.json().createArrayNode();
        if (!before.id().startsWith(reference.startsWith("sha256:") ? reference : "sha256:" + reference)) {
            out.addObject().put("Untagged", reference);
        }
        if (!stillExists(before.id())) {
            out.addObject().put("Deleted", before.id());
        }
        ex.reply().json(HttpResponseStatus.OK, out);
    }

    private Image find(String reference) {
        return find(images, reference);
    }

    /** @throws NotFoundException in dockerd's words, "No such image: x" */
    static Image find(ImageService images, String reference) {
        try {
            return images.resolve(reference);
        } catch (NotFoundException e) {
            throw new NotFoundException("No such image: " + reference, e);
        }
    }

    private boolean stillExists(String id) {
        return images.list().stream().anyMatch(i -> i.id().equals(id));
    }
}

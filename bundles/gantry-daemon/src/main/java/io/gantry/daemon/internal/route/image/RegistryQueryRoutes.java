package io.gantry.daemon.internal.route.image;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.image.DistributionInfo;
import io.gantry.api.image.ImageService;
import io.gantry.api.image.SearchResult;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

/** What registries say without anything being stored: {@code /distribution/{name}/json} and {@code /images/search}. */
public final class RegistryQueryRoutes {
    private static final int DEFAULT_SEARCH_LIMIT = 25;

    private final ImageService images;

    public RegistryQueryRoutes(ImageService images) {
        this.images = images;
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/distribution/{*}/json", this::distribution)
                .add(HttpMethod.GET, "/images/search", this::search);
    }

    private void distribution(Exchange ex) {
        DistributionInfo info = images.distribution(ex.param(0),
                RegistryAuth.fromHeader(ex.header(RegistryAuth.HEADER), ex.json()));
        ObjectNode out = ex.json().createObjectNode();
        out.putObject("Descriptor").put("mediaType", info.mediaType()).put("digest", info.digest())
                .put("size", info.size());
        ArrayNode platforms = out.putArray("Platforms");
        for (DistributionInfo.Platform platform : info.platforms()) {
            ObjectNode p = platforms.addObject().put("architecture", platform.architecture()).put("os", platform.os());
            if (platform.variant() != null) {
                p.put("variant", platform.variant());
            }
        }
        ex.reply().json(HttpResponseStatus.OK, out);
    }

    private void search(Exchange ex) {
        Integer limit = ex.integer("limit");
        ArrayNode out = ex.json().createArrayNode();
        for (SearchResult result : images.search(ex.query("term"), limit == null ? DEFAULT_SEARCH_LIMIT : limit)) {
            out.addObject().put("star_count", result.starCount()).put("is_official", result.official())
                    .put("name", result.name()).put("is_automated", result.automated())
                    .put("description", result.description());
        }
        ex.reply().json(HttpResponseStatus.OK, out);
    }
}

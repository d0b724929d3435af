package io.gantry.image.internal.registry;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code docker search}: Docker asks the v1 search API of the index a term names (index.docker.io for an
 * unqualified term, else the registry host before the first slash). This engine reaches no registry for a
 * search, so it answers the error Docker gives when that index cannot be reached, naming it.
 */
public final class RegistrySearch {
    private static final String DOCKER_INDEX = "index.docker.io";

    private RegistrySearch() {
    }

    /** @throws InvalidArgumentException for an empty term or a limit outside [1, 100], in Docker's words */
    public static GantryException unreachable(String term, int limit) {
        if (term == null || term.isBlank()) {
            throw new InvalidArgumentException("no search term given: term is required");
        }
        if (limit < 1 || limit > 100) {
            throw new InvalidArgumentException("Limit " + limit + " is outside the range of [1, 100]");
        }
        RegistryName name = RegistryName.of(term.strip());
        boolean hub = name.registry().equals(RegistryName.DOCKER_HUB);
        String index = hub ? DOCKER_INDEX : name.registry();
        String query = hub ? term.strip() : name.path();
        String url = "https://" + index + "/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&n=" + limit;
        return new GantryException("Get \"" + url + "\": dial tcp: lookup " + hostOf(index)
                + ": registry " + index + " cannot be reached: this engine does not search registries");
    }

    private static String hostOf(String index) {
        int colon = index.lastIndexOf(':');
        return colon < 0 || index.endsWith("]") ? index : index.substring(0, colon);
    }
}

package io.gantry.daemon.internal.route.commit;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.CommitOptions;
import io.gantry.api.image.ContainerCommit;
import io.gantry.api.image.Image;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

/** {@code POST /commit}: an image of a container's changes, answered as {@code {"Id": "sha256:..."}}. */
public final class CommitRoute {
    private final ContainerCommit commits;

    public CommitRoute(ContainerCommit commits) {
        this.commits = commits;
    }

    public void register(Router router) {
        router.add(HttpMethod.POST, "/commit", this::commit);
    }

    private void commit(Exchange ex) {
        String container = ex.query("container");
        if (container == null || container.isEmpty()) {
            throw new InvalidArgumentException("no container given: container is required");
        }
        CommitOptions options = new CommitOptions(reference(ex), ex.query("comment"), ex.query("author"),
                ex.flag("pause", true), CommitBody.read(ex.bodyOrNull(CommitBody.SCHEMA)), ex.queries("changes"));
        Image image = commits.commit(container, options);
        ex.reply().json(HttpResponseStatus.CREATED, ex.json().createObjectNode().put("Id", image.id()));
    }

    private static String reference(Exchange ex) {
        String repo = ex.query("repo");
        String tag = ex.query("tag");
        if (repo == null || repo.isEmpty()) {
            if (tag != null && !tag.isEmpty()) {
                throw new InvalidArgumentException("tag " + tag + " given without repo");
            }
            return null;
        }
        return tag == null || tag.isEmpty() ? repo : repo + ":" + tag;
    }
}

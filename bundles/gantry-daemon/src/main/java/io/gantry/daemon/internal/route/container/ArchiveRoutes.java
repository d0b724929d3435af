package io.gantry.daemon.internal.route.container;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.archive.ContainerArchive;
import io.gantry.api.container.archive.PathStat;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.gantry.daemon.internal.server.TarResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;

/**
 * Files in and out of a container, as `docker cp` and `docker export` use them: HEAD and GET
 * /containers/{id}/archive (stat, then a tar), PUT /containers/{id}/archive (a tar, streamed into a folder)
 * and GET /containers/{id}/export.
 */
public final class ArchiveRoutes {
    private final ContainerLifecycle containers;
    private final ContainerArchive archive;

    public ArchiveRoutes(ContainerLifecycle containers, ContainerArchive archive) {
        this.containers = containers;
        this.archive = archive;
    }

    public void register(Router router) {
        router.add(HttpMethod.GET, "/containers/{}/archive", this::get)
                .addStreaming(HttpMethod.PUT, "/containers/{}/archive", this::put)
                .add(HttpMethod.GET, "/containers/{}/export", this::export);
    }

    /** HEAD answers the stat header alone; GET adds the tar of the path. */
    private void get(Exchange ex) throws IOException {
        Container c = containers.inspect(ex.param(0));
        String path = path(ex);
        PathStat stat = missingAsDocker(c, path, () -> archive.statPath(c.id(), path));
        ex.reply().header(PathStatHeader.NAME, PathStatHeader.encode(stat, ex.json()));
        if (ex.method().equals(HttpMethod.HEAD)) {
            ex.reply().empty(HttpResponseStatus.OK);
            return;
        }
        TarResponse out = new TarResponse(ex.reply());
        missingAsDocker(c, path, () -> {
            archive.copyFrom(c.id(), path, out);
            return null;
        });
        out.finish();
    }

    private void put(Exchange ex) {
        Container c = containers.inspect(ex.param(0));
        String path = path(ex);
        missingAsDocker(c, path, () -> {
            archive.copyTo(c.id(), path, ex.bodyStream(), ex.flag("noOverwriteDirNonDir", false));
            return null;
        });
        ex.reply().empty(HttpResponseStatus.OK);
    }

    private void export(Exchange ex) throws IOException {
        Container c = containers.inspect(ex.param(0));
        TarResponse out = new TarResponse(ex.reply());
        archive.export(c.id(), out);
        out.finish();
    }

    private static String path(Exchange ex) {
        String path = ex.query("path");
        if (path == null || path.isEmpty()) {
            throw new InvalidArgumentException("no path given: the path query parameter is required");
        }
        return path;
    }

    /** The container exists, so a not-found is the path's: dockerd's words for it. */
    private static <T> T missingAsDocker(Container c, String path, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFoundException e) {
            throw new NotFoundException("Could not find the file " + path + " in container " + c.name(), e);
        }
    }
}

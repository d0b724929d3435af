package io.gantry.daemon.internal.route.image;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.Credentials;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageService;
import io.gantry.api.image.Layer;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.json.JsonKind;
import io.gantry.daemon.internal.server.ErrorStatus;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Image endpoints that talk to registries or take a tarball in: pull, import, push and login. */
public final class ImageTransferRoutes {
    private static final BodySchema AUTH = new BodySchema()
            .with(JsonKind.STRING, "username", "password", "serveraddress", "identitytoken");

    private final ImageService images;

    public ImageTransferRoutes(ImageService images) {
        this.images = images;
    }

    public void register(Router router) {
        router.add(HttpMethod.POST, "/images/create", this::create)
                .add(HttpMethod.POST, "/images/{*}/push", this::push)
                .add(HttpMethod.POST, "/auth", this::login);
    }

    /** Without a tag, dockerd pulls every tag of the repository; Gantry pulls "latest". */
    private void create(Exchange ex) {
        String source = ex.query("fromSrc");
        if (source != null && !source.isEmpty()) {
            importRootfs(ex, source);
            return;
        }
        String from = ex.query("fromImage");
        if (from == null || from.isEmpty()) {
            throw new InvalidArgumentException("nothing to create: give fromImage to pull or fromSrc to import");
        }
        String reference = reference(from, ex.query("tag"));
        if (RepositoryName.withoutTagOrDigest(reference).equals(reference)) {
            reference += ":latest";
        }
        String pulling = reference;
        PullOptions options = new PullOptions(ex.query("platform"), credentials(ex));
        String before = localId(pulling);
        if (before != null && isEngineBusybox(pulling)) {
            JsonLines.serve(ex, lines -> new PullProgress(lines, pulling).finish(pulling, true));
            return;
        }
        JsonLines.serve(ex, lines -> {
            PullProgress progress = new PullProgress(lines, pulling);
            Image pulled = images.pull(pulling, options, progress);
            progress.finish(pulling, pulled.id().equals(before));
        });
    }

    private void importRootfs(Exchange ex, String source) {
        if (!source.equals("-")) {
            throw new InvalidArgumentException("cannot import from " + source
                    + ": only fromSrc=- (the tarball in the request body) is supported");
        }
        if (!ex.queries("changes").stream().allMatch(String::isEmpty)) {
            throw new InvalidArgumentException("import does not support changes: " + ex.queries("changes"));
        }
        String repo = ex.query("repo");
        String reference = repo == null || repo.isEmpty() ? null : reference(repo, ex.query("tag"));
        Image imported = images.importRootfs(ex.bodyStream(), reference);
        JsonLines.serve(ex, lines -> lines.status(imported.id()));
    }

    /** Pushes one tag, or with no tag every local tag of the repository, as dockerd does. */
    private void push(Exchange ex) {
        String name = ex.param(0);
        String tag = ex.query("tag");
        List<String> references = tag == null || tag.isEmpty() ? localTags(name) : List.of(reference(name, tag));
        List<Layer> layers = new ArrayList<>();
        for (String reference : references) {
            layers.addAll(local(reference).layers());
        }
        PushOptions options = new PushOptions(credentials(ex));
        JsonLines.serve(ex, lines -> {
            PushProgress progress = new PushProgress(lines, RepositoryName.withoutTagOrDigest(name), layers);
            references.forEach(reference -> images.push(reference, options, progress));
        });
    }

    private void login(Exchange ex) {
        JsonNode body = ex.body(AUTH);
        Credentials credentials = RegistryAuth.credentials(body);
        if (credentials == null) {
            throw new InvalidArgumentException("a registry login needs a username");
        }
        try {
            images.login(RegistryAuth.registry(body.path("serveraddress").asText("")), credentials);
        } catch (FailedPreconditionException e) {
            ex.reply().error(HttpResponseStatus.UNAUTHORIZED, ErrorStatus.message(e));
            return;
        }
        ex.reply().json(HttpResponseStatus.OK, Map.of("Status", "Login Succeeded", "IdentityToken", ""));
    }

    private Credentials credentials(Exchange ex) {
        return RegistryAuth.fromHeader(ex.header(RegistryAuth.HEADER), ex.json());
    }

    /**
     * The engine makes busybox:latest from the host's busybox-static (image service setting busybox.auto), and
     * Docker Hub is not asked for it: a pull of it succeeds offline as long as the engine has it.
     */
    private static boolean isEngineBusybox(String reference) {
        return reference.equals("busybox:latest") || reference.equals("library/busybox:latest")
                || reference.equals("docker.io/library/busybox:latest");
    }

    /** The docker CLI sends a digest pull as fromImage=x and tag=sha256:... */
    private static String reference(String name, String tag) {
        if (tag == null || tag.isEmpty()) {
            return name;
        }
        return name + (tag.startsWith("sha256:") ? "@" : ":") + tag;
    }

    private String localId(String reference) {
        try {
            return images.resolve(reference).id();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private Image local(String reference) {
        try {
            return images.resolve(reference);
        } catch (NotFoundException e) {
            throw new NotFoundException("An image does not exist locally with the tag: " + reference, e);
        }
    }

    private List<String> localTags(String name) {
        if (!RepositoryName.withoutTagOrDigest(name).equals(name)) {
            return List.of(name);
        }
        List<String> tags = images.list().stream().flatMap(i -> i.repoTags().stream())
                .filter(t -> RepositoryName.withoutTagOrDigest(t).equals(name)).sorted().toList();
        if (tags.isEmpty()) {
            throw new NotFoundException("An image does not exist locally with the tag: " + name);
        }
        return tags;
    }
}

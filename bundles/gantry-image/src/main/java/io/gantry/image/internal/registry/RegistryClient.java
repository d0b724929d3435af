package io.gantry.image.internal.registry;

import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.oci.MediaTypes;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

/** The OCI distribution API of one repository. */
public final class RegistryClient {
    private final RegistryName name;
    private final URI base;
    private final RegistryTransport transport;

    RegistryClient(RegistryTransport transport, RegistryName name, String scheme) {
        this.name = name;
        this.base = URI.create(scheme + "://" + name.apiHost() + "/v2/" + name.path() + "/");
        this.transport = transport;
    }

    public RegistryName name() {
        return name;
    }

    /**
     * @param reference a tag or digest; a digest is checked against the content
     * @param familiar how the user named it, for the not-found message
     */
    public FetchedManifest manifest(String reference, String familiar) {
        HttpResponse<InputStream> response = transport.send(request("manifests/" + reference)
                .header("Accept", MediaTypes.ACCEPTED_MANIFESTS).GET());
        if (response.statusCode() == 404) {
            RegistryErrors.discard(response);
            throw new NotFoundException("manifest unknown: " + familiar);
        }
        byte[] content = RegistryErrors.requireSuccess(name.registry(), response, "manifest " + familiar);
        String digest = Digests.sha256(content);
        if (Digests.isValid(reference) && !reference.equals(digest)) {
            throw new GantryException("registry " + name.registry() + " sent manifest " + digest + " for "
                    + familiar);
        }
        String mediaType = response.headers().firstValue("Content-Type").map(RegistryClient::bareType)
                .orElse(MediaTypes.MANIFEST);
        return new FetchedManifest(content, MediaTypes.detect(mediaType, content), digest);
    }

    /** The blob's content; the caller closes it and checks the digest. */
    public InputStream openBlob(String digest) {
        HttpResponse<InputStream> response = transport.send(request("blobs/" + digest).GET());
        if (response.statusCode() != 200) {
            throw RegistryErrors.failed(name.registry(), response, "blob " + digest + " of " + name);
        }
        return transport.guarded(response.body(), "registry " + name.registry() + " (blob " + digest + ")");
    }

    public boolean hasBlob(String digest) {
        HttpResponse<InputStream> response = transport.send(request("blobs/" + digest)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        RegistryErrors.discard(response);
        return response.statusCode() == 200;
    }

    /** Asks the registry to link a blob from another of its repositories; false if it wants an upload. */
    public boolean mountBlob(String digest, String fromPath) {
        HttpResponse<InputStream> response = transport.send(request("blobs/uploads/?mount=" + digest + "&from="
                + fromPath).POST(HttpRequest.BodyPublishers.noBody()));
        RegistryErrors.discard(response);
        return response.statusCode() == 201;
    }

    /** Uploads a blob monolithically: POST for an upload session, then one PUT with the digest. */
    public void uploadBlob(String digest, long size, Supplier<InputStream> content) {
        HttpResponse<InputStream> started = transport.send(request("blobs/uploads/")
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (started.statusCode() != 202) {
            throw RegistryErrors.failed(name.registry(), started, "upload of blob " + digest + " to " + name);
        }
        RegistryErrors.discard(started);
        String location = started.headers().firstValue("Location").orElseThrow(() -> new GantryException(
                "registry " + name.registry() + " started an upload without a Location"));
        URI upload = base.resolve(location);
        String separator = upload.getRawQuery() == null ? "?" : "&";
        HttpResponse<InputStream> put = transport.send(HttpRequest.newBuilder(
                        URI.create(upload + separator + "digest=" + digest))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(content),
                        size)));
        RegistryErrors.requireSuccess(name.registry(), put, "upload of blob " + digest + " to " + name);
    }

    public void putManifest(String reference, String mediaType, byte[] content) {
        HttpResponse<InputStream> response = transport.send(request("manifests/" + reference)
                .header("Content-Type", mediaType).PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
        RegistryErrors.requireSuccess(name.registry(), response, "manifest " + name + ":" + reference);
    }

    private HttpRequest.Builder request(String relative) {
        return HttpRequest.newBuilder(base.resolve(relative));
    }

    private static String bareType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    }
}

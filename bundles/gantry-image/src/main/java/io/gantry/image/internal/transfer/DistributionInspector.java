package io.gantry.image.internal.transfer;

import io.gantry.api.GantryException;
import io.gantry.api.image.Credentials;
import io.gantry.api.image.DistributionInfo;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.oci.CanonicalJson;
import io.gantry.image.internal.oci.OciImageConfig;
import io.gantry.image.internal.oci.OciIndex;
import io.gantry.image.internal.oci.OciManifest;
import io.gantry.image.internal.reference.Reference;
import io.gantry.image.internal.registry.FetchedManifest;
import io.gantry.image.internal.registry.Registries;
import io.gantry.image.internal.registry.RegistryClient;
import io.gantry.image.internal.registry.RegistryName;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code GET /distribution/{name}/json}: the descriptor of the manifest a reference names at its registry, and
 * the platforms it serves, read from the index or, for a single manifest, from its config. Nothing is stored.
 */
public final class DistributionInspector {
    private static final int MAX_CONFIG_BYTES = 4 * 1024 * 1024;

    private final Registries registries;

    public DistributionInspector(Registries registries) {
        this.registries = registries;
    }

    public DistributionInfo inspect(String text, Credentials credentials) {
        Reference reference = Reference.parse(text);
        String familiar = reference.hasDigest() ? reference.repository() + "@" + reference.digest()
                : reference.nameTag();
        RegistryClient client = registries.open(RegistryName.of(reference.repository()), credentials);
        FetchedManifest top = client.manifest(reference.hasDigest() ? reference.digest() : reference.tag(), familiar);
        return new DistributionInfo(top.mediaType(), top.digest(), top.content().length, platforms(client, top));
    }

    private static List<DistributionInfo.Platform> platforms(RegistryClient client, FetchedManifest top) {
        if (top.isIndex()) {
            OciIndex index = CanonicalJson.read(top.content(), OciIndex.class, "index " + top.digest());
            return index.manifests().stream().filter(entry -> entry.platform() != null)
                    .map(entry -> new DistributionInfo.Platform(entry.platform().os(),
                            entry.platform().architecture(), entry.platform().variant())).toList();
        }
        OciManifest manifest = CanonicalJson.read(top.content(), OciManifest.class, "manifest " + top.digest());
        if (manifest.config() == null) {
            throw new GantryException("manifest " + top.digest() + " has no config");
        }
        String digest = manifest.config().digest();
        OciImageConfig config = CanonicalJson.read(readConfig(client, digest), OciImageConfig.class,
                "image config " + digest);
        return List.of(new DistributionInfo.Platform(config.os(), config.architecture(), null));
    }

    private static byte[] readConfig(RegistryClient client, String digest) {
        try (InputStream in = client.openBlob(digest)) {
            byte[] content = in.readNBytes(MAX_CONFIG_BYTES + 1);
            if (content.length > MAX_CONFIG_BYTES) {
                throw new GantryException("image config " + digest + " is larger than " + MAX_CONFIG_BYTES + " bytes");
            }
            if (!Digests.sha256(content).equals(digest)) {
                throw new GantryException("image config " + digest + " does not match its digest");
            }
            return content;
        } catch (IOException e) {
            throw new GantryException("cannot read image config " + digest + ": " + e.getMessage(), e);
        }
    }
}

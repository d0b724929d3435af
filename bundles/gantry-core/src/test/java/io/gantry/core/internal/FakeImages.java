package io.gantry.core.internal;

import io.gantry.api.NotFoundException;
import io.gantry.api.image.ArchiveFormat;
import io.gantry.api.image.Credentials;
import io.gantry.api.image.HistoryEntry;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ImageService;
import io.gantry.api.image.Layer;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PruneResult;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An image service holding images in memory and recording which containers retain them. */
final class FakeImages implements ImageService {
    final Map<String, Image> images = new ConcurrentHashMap<>();
    final Map<String, Set<String>> users = new ConcurrentHashMap<>();
    /** Tars served for layers by digest; any other layer is a few bytes of text. */
    final Map<String, byte[]> layerTars = new ConcurrentHashMap<>();

    /** Adds an image with two layers under {@code reference}. */
    Image add(String reference, ImageConfig config) {
        String id = "sha256:" + Integer.toHexString(reference.hashCode()) + "0".repeat(56);
        Image image = new Image(id, List.of(reference), Instant.now(), 10, config, List.of(
                new Layer("sha256:blob-a-" + reference, "sha256:diff-a", "chain-a-" + reference, 5, "tar"),
                new Layer("sha256:blob-b-" + reference, "sha256:diff-b", "chain-b-" + reference, 5, "tar")));
        images.put(reference, image);
        return image;
    }

    Set<String> usersOf(Image image) {
        return users.getOrDefault(image.id(), Set.of());
    }

    @Override
    public Image resolve(String reference) {
        Image image = images.get(reference);
        if (image == null) {
            image = images.values().stream().filter(i -> i.id().equals(reference)).findFirst()
                    .orElseThrow(() -> new NotFoundException("no such image: " + reference));
        }
        return image;
    }

    @Override
    public List<Image> list() {
        return List.copyOf(images.values());
    }

    @Override
    public Image importRootfs(InputStream tarball, String reference) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Image createBusybox(String reference) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void tag(String source, String target) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void remove(String reference, boolean force) {
        throw new UnsupportedOperationException();
    }

    @Override
    public InputStream openLayer(Layer layer) {
        byte[] tar = layerTars.get(layer.digest());
        return new ByteArrayInputStream(tar != null ? tar : ("tar of " + layer.digest()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void retain(String imageId, String user) {
        users.computeIfAbsent(imageId, k -> ConcurrentHashMap.newKeySet()).add(user);
    }

    @Override
    public void release(String imageId, String user) {
        users.getOrDefault(imageId, ConcurrentHashMap.newKeySet()).remove(user);
    }

    @Override
    public Image pull(String reference, PullOptions options, ProgressListener progress) {
        throw new UnsupportedOperationException("pull");
    }

    @Override
    public void push(String reference, PushOptions options, ProgressListener progress) {
        throw new UnsupportedOperationException("push");
    }

    @Override
    public void save(List<String> references, OutputStream out, ArchiveFormat format) {
        throw new UnsupportedOperationException("save");
    }

    @Override
    public List<Image> load(InputStream in, ProgressListener progress) {
        throw new UnsupportedOperationException("load");
    }

    @Override
    public PruneResult prune(boolean all) {
        throw new UnsupportedOperationException("prune");
    }

    @Override
    public Set<String> unusedLayerChainIds(Set<String> candidateChainIds) {
        throw new UnsupportedOperationException("unusedLayerChainIds");
    }

    @Override
    public List<HistoryEntry> history(String reference) {
        throw new UnsupportedOperationException("history");
    }

    @Override
    public void login(String registry, Credentials credentials) {
        throw new UnsupportedOperationException("login");
    }
}

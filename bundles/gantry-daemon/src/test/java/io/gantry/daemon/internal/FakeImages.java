package io.gantry.daemon.internal;

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
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One image, "busybox:latest", whose defaults are {@code sh}. */
final class FakeImages implements ImageService {
    static final Image BUSYBOX = new Image("sha256:" + "a".repeat(64), List.of("busybox:latest"),
            Instant.parse("2024-01-02T03:04:05Z"), 2048,
            new ImageConfig(List.of("PATH=/bin"), null, List.of("sh"), null, null, Map.of(), null),
            List.of(new Layer("sha256:" + "b".repeat(64), "sha256:" + "c".repeat(64), "sha256:c", 2048, "tar")));

    @Override
    public Image resolve(String reference) {
        if (reference.equals("busybox") || reference.equals("busybox:latest") || reference.equals(BUSYBOX.id())) {
            return BUSYBOX;
        }
        throw new NotFoundException("no such image: " + reference);
    }

    @Override
    public List<Image> list() {
        return List.of(BUSYBOX);
    }

    @Override
    public Image importRootfs(InputStream tarball, String reference) {
        throw new UnsupportedOperationException("not used by the daemon");
    }

    @Override
    public Image createBusybox(String reference) {
        throw new UnsupportedOperationException("not used by the daemon");
    }

    @Override
    public void tag(String source, String target) {
        resolve(source);
    }

    @Override
    public void remove(String reference, boolean force) {
        resolve(reference);
    }

    @Override
    public InputStream openLayer(Layer layer) {
        throw new UnsupportedOperationException("not used by the daemon");
    }

    @Override
    public void retain(String imageId, String user) {
    }

    @Override
    public void release(String imageId, String user) {
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

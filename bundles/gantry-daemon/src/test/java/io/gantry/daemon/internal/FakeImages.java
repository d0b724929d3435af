package io.gantry.daemon.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.io.OutputStream;
import java.util.Set;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One image, "busybox:latest", whose defaults are {@code sh}. Pull, push, load and login act out a scripted
 * transfer and record what they were given; a reference holding "nothere" is an unknown manifest and one
 * holding "broken" fails after the first layer event.
 */
final class FakeImages implements ImageService {
    static final Image BUSYBOX = new Image("sha256:" + "a".repeat(64), List.of("busybox:latest"),
            Instant.parse("2024-01-02T03:04:05Z"), 2048,
            new ImageConfig(List.of("PATH=/bin"), null, List.of("sh"), null, null, Map.of(), null),
            List.of(new Layer("sha256:" + "b".repeat(64), "sha256:" + "c".repeat(64), "sha256:c", 2048, "tar")));
    static final Layer LAYER = BUSYBOX.layers().get(0);
    static final Image UNTAGGED = new Image("sha256:" + "e".repeat(64), List.of(), BUSYBOX.created(), 10,
            ImageConfig.EMPTY, List.of());
    static final Image PULLED = new Image("sha256:" + "f".repeat(64), List.of("127.0.0.1:5000/bb:1"),
            BUSYBOX.created(), 2048, BUSYBOX.config(), BUSYBOX.layers());
    static final String MANIFEST = "sha256:" + "d".repeat(64);

    final List<Image> listed = new CopyOnWriteArrayList<>(List.of(BUSYBOX));
    final Map<String, String> imported = new ConcurrentHashMap<>();
    final List<String> pushed = new CopyOnWriteArrayList<>();
    final List<String> logins = new CopyOnWriteArrayList<>();
    /** Size and digest of each loaded archive. */
    final List<String> loaded = new CopyOnWriteArrayList<>();
    volatile PullOptions pullOptions;
    volatile PushOptions pushOptions;
    volatile Boolean pruneAll;

    @Override
    public Image resolve(String reference) {
        if (reference.equals("busybox") || reference.equals("busybox:latest") || reference.equals(BUSYBOX.id())) {
            return BUSYBOX;
        }
        if (reference.equals("127.0.0.1:5000/bb:1") || reference.equals("127.0.0.1:5000/bb:2")) {
            return PULLED;
        }
        throw new NotFoundException("no such image: " + reference);
    }

    @Override
    public List<Image> list() {
        return List.copyOf(listed);
    }

    @Override
    public Image importRootfs(InputStream tarball, String reference) {
        imported.put(String.valueOf(reference), read(tarball));
        return UNTAGGED;
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
        pullOptions = options;
        progress.resolving(reference);
        if (reference.contains("nothere")) {
            throw new NotFoundException("manifest unknown: " + reference);
        }
        progress.waiting(LAYER.digest());
        if (reference.contains("broken")) {
            throw new GantryException("registry 127.0.0.1:1 went away");
        }
        progress.downloading(LAYER.digest(), 1000, 2000);
        progress.downloading(LAYER.digest(), 2000, 2000);
        progress.verifying(LAYER.digest());
        progress.done(LAYER.digest());
        progress.status("Digest: " + MANIFEST + " Status: Downloaded image for " + reference);
        return PULLED;
    }

    @Override
    public void push(String reference, PushOptions options, ProgressListener progress) {
        pushOptions = options;
        pushed.add(reference);
        progress.waiting(LAYER.digest());
        progress.waiting(BUSYBOX.id());
        progress.pushing(LAYER.digest(), 2048, 2048);
        progress.pushed(LAYER.digest());
        progress.alreadyExists(BUSYBOX.id());
        progress.status(reference.substring(reference.lastIndexOf(':') + 1) + ": digest: " + MANIFEST + " size: 527");
    }

    @Override
    public void save(List<String> references, OutputStream out, ArchiveFormat format) {
        references.forEach(this::resolve);
        try {
            out.write(("tar of " + String.join(",", references) + " as " + format).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Image> load(InputStream in, ProgressListener progress) {
        byte[] magic;
        try {
            magic = in.readNBytes(3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!new String(magic, StandardCharsets.UTF_8).equals("tar")) {
            throw new InvalidArgumentException("not an image archive: it has neither manifest.json nor oci-layout");
        }
        loaded.add(Digests.of(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(magic), in)));
        return List.of(BUSYBOX, UNTAGGED);
    }

    @Override
    public PruneResult prune(boolean all) {
        pruneAll = all;
        return new PruneResult(List.of(UNTAGGED.id()), 4096, Set.of());
    }

    @Override
    public Set<String> unusedLayerChainIds(Set<String> candidateChainIds) {
        throw new UnsupportedOperationException("unusedLayerChainIds");
    }

    @Override
    public List<HistoryEntry> history(String reference) {
        resolve(reference);
        return List.of(new HistoryEntry(Instant.ofEpochSecond(1700000100), "CMD [\"sh\"]", true, 0, null),
                new HistoryEntry(Instant.ofEpochSecond(1700000000), "ADD rootfs /", false, 2048, "imported"));
    }

    @Override
    public void login(String registry, Credentials credentials) {
        if (credentials.password().equals("wrong")) {
            throw new FailedPreconditionException("registry " + registry + " refused the login of "
                    + credentials.username());
        }
        logins.add(registry + " " + credentials.username() + ":" + credentials.password());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

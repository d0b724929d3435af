package io.gantry.shell.internal;

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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An ImageService that records each call as a line in {@link #calls} and answers from {@link #images}. */
public class FakeImageService implements ImageService {
    public final List<String> calls = new ArrayList<>();
    public final List<Image> images = new ArrayList<>();
    public static final String LAYER_A = "sha256:" + "a0".repeat(32);
    public static final String LAYER_B = "sha256:" + "b0".repeat(32);
    public String imported;
    public PruneResult pruneResult = new PruneResult(List.of(), 0, Set.of());
    public List<HistoryEntry> history = List.of();

    public static Image image(String hexId, Instant created, long size, String... tags) {
        return new Image("sha256:" + hexId, List.of(tags), created, size, ImageConfig.EMPTY, List.of());
    }

    @Override
    public Image resolve(String reference) {
        return images.stream()
                .filter(i -> i.repoTags().contains(reference) || i.id().startsWith("sha256:" + reference))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no such image: " + reference));
    }

    @Override
    public List<Image> list() {
        return images;
    }

    @Override
    public Image importRootfs(InputStream tarball, String reference) {
        try {
            imported = new String(tarball.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        calls.add("import " + reference);
        return image("1234abcd".repeat(8), Instant.now(), imported.length(), reference);
    }

    @Override
    public Image createBusybox(String reference) {
        calls.add("busybox " + reference);
        return image("b0b0cafe".repeat(8), Instant.now(), 1_000_000, reference);
    }

    @Override
    public void tag(String source, String target) {
        calls.add("tag " + resolve(source).id() + " " + target);
    }

    @Override
    public void remove(String reference, boolean force) {
        calls.add("remove " + resolve(reference).id() + " force=" + force);
    }

    @Override
    public InputStream openLayer(Layer layer) {
        throw new UnsupportedOperationException("not used by the shell");
    }

    @Override
    public void retain(String imageId, String user) {
        throw new UnsupportedOperationException("not used by the shell");
    }

    @Override
    public void release(String imageId, String user) {
        throw new UnsupportedOperationException("not used by the shell");
    }

    @Override
    public Image pull(String reference, PullOptions options, ProgressListener progress) {
        calls.add("pull " + reference + " platform=" + options.platform() + " login=" + login(options.credentials()));
        progress.resolving(reference);
        progress.waiting(LAYER_A);
        progress.waiting(LAYER_B);
        progress.alreadyExists(LAYER_A);
        progress.downloading(LAYER_B, 512, 2048);
        progress.downloading(LAYER_B, 2048, 2048);
        progress.verifying(LAYER_B);
        progress.done(LAYER_B);
        progress.status("Status: Downloaded image for " + reference);
        return image("abcdef01".repeat(8), Instant.now(), 2048, reference);
    }

    @Override
    public void push(String reference, PushOptions options, ProgressListener progress) {
        calls.add("push " + resolve(reference).id() + " login=" + login(options.credentials()));
        progress.waiting(LAYER_A);
        progress.pushing(LAYER_A, 2048, 2048);
        progress.pushed(LAYER_A);
        progress.mounted(LAYER_B, "localhost:5000/other");
        progress.status("1: digest: sha256:" + "d".repeat(64) + " size: 500");
    }

    @Override
    public void save(List<String> references, OutputStream out, ArchiveFormat format) {
        references.forEach(this::resolve);
        calls.add("save " + references + " " + format);
        try {
            out.write(("archive of " + references).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Image> load(InputStream in, ProgressListener progress) {
        try {
            calls.add("load " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return images;
    }

    @Override
    public PruneResult prune(boolean all) {
        calls.add("prune all=" + all);
        return pruneResult;
    }

    @Override
    public Set<String> unusedLayerChainIds(Set<String> candidateChainIds) {
        throw new UnsupportedOperationException("not used by the shell");
    }

    @Override
    public List<HistoryEntry> history(String reference) {
        resolve(reference);
        return history;
    }

    @Override
    public void login(String registry, Credentials credentials) {
        calls.add("login " + registry + " " + credentials.username() + ":" + credentials.password());
    }

    private static String login(Credentials credentials) {
        return credentials == null ? "stored" : credentials.username() + ":" + credentials.password();
    }
}

package io.gantry.testkit.fake;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.ArchiveFormat;
import io.gantry.api.image.Credentials;
import io.gantry.api.image.DistributionInfo;
import io.gantry.api.image.HistoryEntry;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageCommit;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ImageService;
import io.gantry.api.image.Layer;
import io.gantry.api.image.LayerWriter;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PruneResult;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import io.gantry.api.image.SearchResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * Images in memory, {@link #BUSYBOX} from the start, resolved as the engine does: by tag (no tag is ":latest"), full
 * id, or an id prefix of hex digits. Pull and push play a scripted transfer to their listener; a reference holding
 * {@value #UNKNOWN} is an unknown manifest, and with the default pull script one holding {@value #BROKEN} fails after
 * the first layer event. Nothing is stored by pull, load, import, tag or remove: they record, and answer what the
 * test set up.
 */
public final class FakeImages implements ImageService {
    public static final String UNKNOWN = "nothere";
    public static final String BROKEN = "broken";
    /** "busybox:latest", one layer, whose default command is {@code sh}. */
    public static final Image BUSYBOX = new Image("sha256:" + "a".repeat(64), List.of("busybox:latest"),
            Instant.parse("2024-01-02T03:04:05Z"), 2048,
            new ImageConfig(List.of("PATH=/bin"), null, List.of("sh"), null, null, Map.of(), null),
            List.of(new Layer("sha256:" + "b".repeat(64), "sha256:" + "c".repeat(64), "sha256:c", 2048, "tar")));
    public static final Layer LAYER = BUSYBOX.layers().get(0);
    /** An image with no tag and no layers: what import answers, and the second image load answers. */
    public static final Image UNTAGGED = new Image("sha256:" + "e".repeat(64), List.of(), BUSYBOX.created(), 10,
            ImageConfig.EMPTY, List.of());
    /** Busybox's content as "127.0.0.1:5000/bb:1": what pull answers for an image not held. */
    public static final Image PULLED = new Image("sha256:" + "f".repeat(64), List.of("127.0.0.1:5000/bb:1"),
            BUSYBOX.created(), 2048, BUSYBOX.config(), BUSYBOX.layers());
    /** The manifest digest the default pull and push scripts report. */
    public static final String MANIFEST = "sha256:" + "d".repeat(64);

    /** Each call that acted, in order: "pull &lt;ref&gt;", "tag &lt;id&gt; &lt;target&gt;", "prune all=true"... */
    public final List<String> calls = new CopyOnWriteArrayList<>();
    /** The images held, in the order list answers them. */
    public final List<Image> listed = new CopyOnWriteArrayList<>(List.of(BUSYBOX));
    /** The tarball text of each import, by the reference it was given ("null" for none). */
    public final Map<String, String> imported = new ConcurrentHashMap<>();
    /** The containers retaining each image, by image id. */
    public final Map<String, Set<String>> users = new ConcurrentHashMap<>();
    /** The tars openLayer serves by layer digest; any other layer is "tar of &lt;digest&gt;". */
    public final Map<String, byte[]> layerTars = new ConcurrentHashMap<>();
    /** What pull answers for an image it does not hold. */
    public volatile Image pulled = PULLED;
    /** What load answers. */
    public volatile List<Image> loadResult = List.of(BUSYBOX, UNTAGGED);
    /** What prune answers. */
    public volatile PruneResult pruneResult = new PruneResult(List.of(UNTAGGED.id()), 4096, Set.of());
    /** What history answers for a held image, newest first. */
    public volatile List<HistoryEntry> history = List.of(
            new HistoryEntry(Instant.ofEpochSecond(1700000100), "CMD [\"sh\"]", true, 0, null),
            new HistoryEntry(Instant.ofEpochSecond(1700000000), "ADD rootfs /", false, 2048, "imported"));
    /** The progress a pull reports, given the reference: by default one layer of busybox's, downloaded in two steps. */
    public volatile BiConsumer<String, ProgressListener> pullScript = ScriptedProgress::pullOneLayer;
    /** The progress a push reports, given the reference: by default busybox's layer pushed, its config present. */
    public volatile BiConsumer<String, ProgressListener> pushScript = ScriptedProgress::pushOneLayer;
    /** The options of the last pull, or null before any. */
    public volatile PullOptions pullOptions;
    /** The options of the last push, or null before any. */
    public volatile PushOptions pushOptions;

    /** A fake that holds no image yet, not even {@link #BUSYBOX}. */
    public static FakeImages empty() {
        FakeImages images = new FakeImages();
        images.listed.clear();
        return images;
    }

    /** An image with no config and no layers, its id "sha256:" + {@code hexId}. */
    public static Image image(String hexId, Instant created, long size, String... tags) {
        return new Image("sha256:" + hexId, List.of(tags), created, size, ImageConfig.EMPTY, List.of());
    }

    /** Holds {@code image} too; not journaled. */
    public Image add(Image image) {
        listed.add(image);
        return image;
    }

    /** Holds a new image tagged {@code reference}, with two layers named after it. */
    public Image add(String reference, ImageConfig config) {
        String id = "sha256:" + Integer.toHexString(reference.hashCode()) + "0".repeat(56);
        return add(new Image(id, List.of(reference), Instant.now(), 10, config, List.of(
                new Layer("sha256:blob-a-" + reference, "sha256:diff-a", "chain-a-" + reference, 5, "tar"),
                new Layer("sha256:blob-b-" + reference, "sha256:diff-b", "chain-b-" + reference, 5, "tar"))));
    }

    public Set<String> usersOf(Image image) {
        return users.getOrDefault(image.id(), Set.of());
    }

    @Override
    public Image resolve(String reference) {
        return held(reference).orElseThrow(() -> new NotFoundException("no such image: " + reference));
    }

    @Override
    public List<Image> list() {
        return List.copyOf(listed);
    }

    @Override
    public Image importRootfs(InputStream tarball, String reference) {
        imported.put(String.valueOf(reference), new String(readAll(tarball), StandardCharsets.UTF_8));
        calls.add("importRootfs " + reference);
        return UNTAGGED;
    }

    /** Records the commit and answers an untagged image; the layer is not written. */
    @Override
    public Image commit(ImageCommit commit, LayerWriter layer) {
        calls.add("commit " + commit.containerId() + " " + commit.reference());
        return UNTAGGED;
    }

    /** Answers busybox's content tagged {@code reference}. */
    @Override
    public Image createBusybox(String reference) {
        calls.add("createBusybox " + reference);
        return new Image(BUSYBOX.id(), List.of(reference), BUSYBOX.created(), BUSYBOX.size(), BUSYBOX.config(),
                BUSYBOX.layers());
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
        byte[] tar = layerTars.get(layer.digest());
        return new ByteArrayInputStream(tar != null ? tar
                : ("tar of " + layer.digest()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void retain(String imageId, String user) {
        users.computeIfAbsent(imageId, k -> ConcurrentHashMap.newKeySet()).add(user);
    }

    @Override
    public void release(String imageId, String user) {
        users.getOrDefault(imageId, ConcurrentHashMap.newKeySet()).remove(user);
    }

    /** Answers the image held under {@code reference}, else {@link #pulled}. */
    @Override
    public Image pull(String reference, PullOptions options, ProgressListener progress) {
        pullOptions = options;
        progress.resolving(reference);
        if (reference.contains(UNKNOWN)) {
            throw new NotFoundException("manifest unknown: " + reference);
        }
        calls.add("pull " + reference);
        pullScript.accept(reference, progress);
        return held(reference).orElse(pulled);
    }

    /** What distribution answers; null answers "manifest unknown" as a registry without the reference does. */
    public volatile DistributionInfo distributionAnswer = new DistributionInfo(
            "application/vnd.oci.image.manifest.v1+json", "sha256:" + "d".repeat(64), 407,
            List.of(new DistributionInfo.Platform("linux", "amd64", null)));

    @Override
    public DistributionInfo distribution(String reference, Credentials credentials) {
        calls.add("distribution " + reference);
        DistributionInfo answer = distributionAnswer;
        if (answer == null) {
            throw new NotFoundException("manifest unknown: " + reference);
        }
        return answer;
    }

    /** Answers no repository. */
    @Override
    public List<SearchResult> search(String term, int limit) {
        calls.add("search " + term + " " + limit);
        return List.of();
    }

    @Override
    public void push(String reference, PushOptions options, ProgressListener progress) {
        pushOptions = options;
        calls.add("push " + reference);
        pushScript.accept(reference, progress);
    }

    /** Writes "tar of &lt;references&gt; as &lt;format&gt;". */
    @Override
    public void save(List<String> references, OutputStream out, ArchiveFormat format) {
        references.forEach(this::resolve);
        calls.add("save " + references + " " + format);
        try {
            out.write(("tar of " + String.join(",", references) + " as " + format).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Journals "load bytes=N sha256=HEX" of the archive; one that does not start with "tar" is refused. */
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
        calls.add("load " + Digests.of(new SequenceInputStream(new ByteArrayInputStream(magic), in)));
        return loadResult;
    }

    @Override
    public PruneResult prune(boolean all) {
        calls.add("prune all=" + all);
        return pruneResult;
    }

    /** Every candidate no held image has as a layer chain id. */
    @Override
    public Set<String> unusedLayerChainIds(Set<String> candidateChainIds) {
        Set<String> used = ConcurrentHashMap.newKeySet();
        listed.forEach(i -> i.layers().forEach(l -> used.add(l.chainId())));
        return Set.copyOf(candidateChainIds.stream().filter(c -> !used.contains(c)).toList());
    }

    @Override
    public List<HistoryEntry> history(String reference) {
        resolve(reference);
        return history;
    }

    /** A password "wrong" is refused by the registry. */
    @Override
    public void login(String registry, Credentials credentials) {
        if (credentials.password().equals("wrong")) {
            throw new FailedPreconditionException("registry " + registry + " refused the login of "
                    + credentials.username());
        }
        calls.add("login " + registry + " " + credentials.username() + ":" + credentials.password());
    }

    private Optional<Image> held(String reference) {
        String tagged = reference.lastIndexOf(':') > reference.lastIndexOf('/') || reference.contains("@")
                ? reference : reference + ":latest";
        String hex = reference.startsWith("sha256:") ? reference.substring(7) : reference;
        boolean idPrefix = hex.matches("[0-9a-f]+");
        return listed.stream().filter(i -> i.repoTags().contains(reference) || i.repoTags().contains(tagged)
                || i.id().equals(reference) || idPrefix && i.id().startsWith("sha256:" + hex)).findFirst();
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

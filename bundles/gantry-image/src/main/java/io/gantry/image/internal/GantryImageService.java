package io.gantry.image.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.config.EngineRoots;
import io.gantry.api.event.EventBus;
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
import io.gantry.image.internal.archive.ImageLoader;
import io.gantry.image.internal.archive.ImageSaver;
import io.gantry.image.internal.busybox.BusyboxBinary;
import io.gantry.image.internal.busybox.BusyboxImage;
import io.gantry.image.internal.commit.CommittedImage;
import io.gantry.image.internal.layer.LayerReader;
import io.gantry.image.internal.layer.RootfsImporter;
import io.gantry.image.internal.reference.Reference;
import io.gantry.image.internal.registry.AuthFile;
import io.gantry.image.internal.registry.BlobSources;
import io.gantry.image.internal.registry.Registries;
import io.gantry.image.internal.registry.RegistryName;
import io.gantry.image.internal.registry.RegistrySearch;
import io.gantry.image.internal.store.ImageBuilder;
import io.gantry.image.internal.store.ImageHistory;
import io.gantry.image.internal.store.ImageRecord;
import io.gantry.image.internal.store.ImageStore;
import io.gantry.image.internal.store.Removal;
import io.gantry.image.internal.transfer.DistributionInspector;
import io.gantry.image.internal.transfer.ImagePuller;
import io.gantry.image.internal.transfer.ImagePusher;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Images stored the OCI way under {@code <data.root>/image}. */
@Component(service = ImageService.class, configurationPid = {EngineRoots.PID, "io.gantry.image"},
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class GantryImageService implements ImageService {
    private final ImageStore store;
    private final BusyboxBinary busybox;
    private final boolean busyboxOnDemand;
    private final Object busyboxCreation = new Object();
    private final ImagePuller puller;
    private final ImagePusher pusher;
    private final DistributionInspector distributions;
    private final ImageSaver saver;
    private final ImageLoader loader;
    private final Registries registries;
    private final AuthFile logins;
    private final ImageEvents events = new ImageEvents();

    @Activate
    public GantryImageService(EngineRoots roots, ImageServiceConfig config) {
        if (config.registry_timeout() < 1) {
            throw new InvalidArgumentException("invalid registry_timeout " + config.registry_timeout()
                    + ": must be at least 1 second");
        }
        Path imageRoot = Path.of(roots.data_root(), "image");
        this.store = ImageStore.open(imageRoot);
        this.busybox = new BusyboxBinary(Path.of(config.busybox_path()));
        this.busyboxOnDemand = config.busybox_auto();
        this.registries = new Registries(config.insecure_registries(), Duration.ofSeconds(config.registry_timeout()));
        BlobSources sources = new BlobSources();
        this.puller = new ImagePuller(store, registries, sources);
        this.pusher = new ImagePusher(store, registries, sources);
        this.distributions = new DistributionInspector(registries);
        this.saver = new ImageSaver(store);
        this.loader = new ImageLoader(store, imageRoot.resolve("tmp"));
        this.logins = new AuthFile(config.auth_config().isBlank() ? imageRoot.resolve("auth.json")
                : Path.of(config.auth_config()));
    }

    @org.osgi.service.component.annotations.Reference(cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    void bindEventBus(EventBus bus) {
        events.bind(bus);
    }

    void unbindEventBus(EventBus bus) {
        events.unbind(bus);
    }

    @Override
    public Image resolve(String reference) {
        try {
            return store.find(reference);
        } catch (NotFoundException e) {
            if (busyboxOnDemand && isDefaultBusybox(reference)) {
                return createBusyboxOnce();
            }
            throw e;
        }
    }

    @Override
    public List<Image> list() {
        return store.list();
    }

    @Override
    public Image importRootfs(InputStream tarball, String reference) {
        String nameTag = reference == null ? null : nameTag(reference);
        if (tarball == null) {
            throw new InvalidArgumentException("no rootfs tarball given to import");
        }
        Instant now = Instant.now();
        return store.create(lease -> ImageBuilder.singleLayer(lease, RootfsImporter.store(lease, tarball),
                ImageConfig.EMPTY, now, "gantry import"), nameTag);
    }

    @Override
    public Image commit(ImageCommit commit, LayerWriter layer) {
        if (commit == null || layer == null || commit.containerConfig() == null) {
            throw new InvalidArgumentException("no container config or layer given to commit");
        }
        String nameTag = commit.reference() == null || commit.reference().isBlank() ? null
                : nameTag(commit.reference());
        ImageRecord parent = store.findRecord(commit.parentImageId());
        Instant now = Instant.now();
        return store.create(lease -> CommittedImage.build(lease, parent, commit, layer, now), nameTag);
    }

    @Override
    public Image createBusybox(String reference) {
        String nameTag = nameTag(reference);
        return store.create(lease -> BusyboxImage.build(lease, busybox), nameTag);
    }

    @Override
    public void tag(String source, String target) {
        store.tag(resolve(source).id(), nameTag(target));
    }

    @Override
    public void remove(String reference, boolean force) {
        Removal removal = store.remove(reference, force);
        removal.untagged().forEach(tag -> events.publish("untag", removal.imageId(), tag));
        if (removal.deleted()) {
            events.publish("delete", removal.imageId(), removal.imageId());
        }
    }

    @Override
    public InputStream openLayer(Layer layer) {
        return LayerReader.open(store.content(), layer);
    }

    @Override
    public void retain(String imageId, String user) {
        store.retain(imageId, checkUser(user));
    }

    @Override
    public void release(String imageId, String user) {
        store.release(imageId, checkUser(user));
    }

    @Override
    public Image pull(String reference, PullOptions options, ProgressListener progress) {
        PullOptions given = options == null ? PullOptions.DEFAULTS : options;
        PullOptions withLogin = given.credentials() != null ? given
                : new PullOptions(given.platform(), storedLogin(reference));
        return puller.pull(reference, withLogin, orNone(progress));
    }

    @Override
    public DistributionInfo distribution(String reference, Credentials credentials) {
        return distributions.inspect(reference, credentials != null ? credentials : storedLogin(reference));
    }

    @Override
    public List<SearchResult> search(String term, int limit) {
        throw RegistrySearch.unreachable(term, limit);
    }

    @Override
    public void push(String reference, PushOptions options, ProgressListener progress) {
        PushOptions withLogin = options != null && options.credentials() != null ? options
                : new PushOptions(storedLogin(reference));
        pusher.push(reference, withLogin, orNone(progress));
    }

    @Override
    public void save(List<String> references, OutputStream out, ArchiveFormat format) {
        if (out == null) {
            throw new InvalidArgumentException("no output given to save images to");
        }
        saver.save(references, out, format == null ? ArchiveFormat.DOCKER : format);
    }

    @Override
    public List<Image> load(InputStream in, ProgressListener progress) {
        return loader.load(in, orNone(progress));
    }

    @Override
    public PruneResult prune(boolean all) {
        PruneResult result = store.prune(all);
        result.deletedImageIds().forEach(id -> events.publish("delete", id, id));
        return result;
    }

    @Override
    public Set<String> unusedLayerChainIds(Set<String> candidateChainIds) {
        return store.unusedChainIds(candidateChainIds == null ? Set.of() : candidateChainIds);
    }

    @Override
    public List<HistoryEntry> history(String reference) {
        return ImageHistory.of(store.findRecord(reference));
    }

    @Override
    public void login(String registry, Credentials credentials) {
        if (registry == null || registry.isBlank() || registry.contains("/") && !registry.contains("://")) {
            throw new InvalidArgumentException("invalid registry " + registry + ": expected host[:port]");
        }
        if (credentials == null) {
            throw new InvalidArgumentException("no credentials given to log in to " + registry);
        }
        String host = AuthFile.registryOf(registry);
        registries.checkLogin(host, credentials);
        logins.store(host, credentials);
    }

    private Credentials storedLogin(String reference) {
        return logins.find(RegistryName.of(Reference.parse(reference).repository()).registry()).orElse(null);
    }

    private static ProgressListener orNone(ProgressListener progress) {
        return progress == null ? ProgressListener.NONE : progress;
    }

    private Image createBusyboxOnce() {
        synchronized (busyboxCreation) {
            try {
                return store.find(BusyboxImage.DEFAULT_TAG);
            } catch (NotFoundException e) {
                return createBusybox(BusyboxImage.DEFAULT_TAG);
            }
        }
    }

    private static boolean isDefaultBusybox(String reference) {
        try {
            Reference parsed = Reference.parse(reference);
            return !parsed.hasDigest() && parsed.nameTag().equals(BusyboxImage.DEFAULT_TAG);
        } catch (InvalidArgumentException e) {
            return false;
        }
    }

    /** The "repository:tag" a tag target names; a digest cannot be a tag target. */
    private static String nameTag(String reference) {
        Reference parsed = Reference.parse(reference);
        if (parsed.hasDigest()) {
            throw new InvalidArgumentException("cannot tag an image as " + reference + ": a digest is not a tag");
        }
        return parsed.nameTag();
    }

    private static String checkUser(String user) {
        if (user == null || user.isBlank()) {
            throw new InvalidArgumentException("image user (container id) is empty");
        }
        return user;
    }
}

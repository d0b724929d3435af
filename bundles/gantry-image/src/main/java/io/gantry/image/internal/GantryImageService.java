package io.gantry.image.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ImageService;
import io.gantry.api.image.Layer;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import io.gantry.image.internal.reference.Reference;
import io.gantry.image.internal.registry.BlobSources;
import io.gantry.image.internal.registry.Registries;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/** Images stored the OCI way under {@code <data.root>/image}. */
@Component(service = ImageService.class, configurationPid = {"io.gantry.engine", "io.gantry.image"},
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class GantryImageService implements ImageService {
    private final ImageStore store;
    private final BusyboxBinary busybox;
    private final boolean busyboxOnDemand;
    private final Object busyboxCreation = new Object();
    private final ImagePuller puller;
    private final ImagePusher pusher;

    @Activate
    public GantryImageService(EngineRoots roots, ImageServiceConfig config) {
        this.store = ImageStore.open(Path.of(roots.data_root(), "image"));
        this.busybox = new BusyboxBinary(Path.of(config.busybox_path()));
        this.busyboxOnDemand = config.busybox_auto();
        Registries registries = new Registries(config.insecure_registries());
        BlobSources sources = new BlobSources();
        this.puller = new ImagePuller(store, registries, sources);
        this.pusher = new ImagePusher(store, registries, sources);
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
        store.remove(reference, force);
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
        return puller.pull(reference, options == null ? PullOptions.DEFAULTS : options,
                progress == null ? ProgressListener.NONE : progress);
    }

    @Override
    public void push(String reference, PushOptions options, ProgressListener progress) {
        pusher.push(reference, options == null ? PushOptions.DEFAULTS : options,
                progress == null ? ProgressListener.NONE : progress);
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

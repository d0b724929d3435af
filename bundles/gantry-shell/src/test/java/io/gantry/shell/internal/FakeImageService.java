package io.gantry.shell.internal;

import io.gantry.api.NotFoundException;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ImageService;
import io.gantry.api.image.Layer;
import io.gantry.api.image.ProgressListener;
import io.gantry.api.image.PullOptions;
import io.gantry.api.image.PushOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An ImageService that records each call as a line in {@link #calls} and answers from {@link #images}. */
public class FakeImageService implements ImageService {
    public final List<String> calls = new ArrayList<>();
    public final List<Image> images = new ArrayList<>();
    public String imported;

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
        throw new UnsupportedOperationException("pull");
    }

    @Override
    public void push(String reference, PushOptions options, ProgressListener progress) {
        throw new UnsupportedOperationException("push");
    }
}

package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageService;
import io.gantry.api.image.Layer;
import io.gantry.api.image.ProgressListener;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The storage driver's unpacked layers go with the last image and container that use them: a shared base
 * stays while one image still has it, and a container keeps the layers of its force-removed image until the
 * container itself is removed. In the end the driver's folders are empty.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LayerCollectionIT extends GantryTestSupport {
    @Inject
    protected ImageService images;

    @Test
    public void layersGoWithTheirLastImageAndContainer() throws Exception {
        Path dataRoot = Path.of(System.getProperty("gantry.it.dataRoot"));
        Path archive = SharedBaseArchive.write(Files.createTempDirectory(dataRoot, "archive"), "shared/a:1",
                "shared/b:1");
        try (InputStream in = Files.newInputStream(archive)) {
            images.load(in, ProgressListener.NONE);
        }
        Image a = images.resolve("shared/a:1");
        Image b = images.resolve("shared/b:1");
        assertEquals(a.layers().get(0).chainId(), b.layers().get(0).chainId());
        Container first = containers.create(ContainerConfig.builder("shared/a:1").build());
        Container second = containers.create(ContainerConfig.builder("shared/b:1").build());
        Path layers = dataRoot.resolve("storage").resolve(first.storageDriver()).resolve("layers");
        assertEquals(chainIds(a, b), stored(layers));

        containers.remove(first.id(), true);
        images.remove("shared/a:1", false);
        waitFor("the first image's own layer is removed", () -> stored(layers).equals(chainIds(b)));

        images.remove("shared/b:1", true);
        awaitOneMoreCollection(dataRoot, layers);
        assertEquals("the container keeps its layers", chainIds(b), stored(layers));

        containers.remove(second.id(), true);
        waitFor("every layer is removed", () -> stored(layers).isEmpty());
        Path driverRoot = layers.getParent();
        assertEquals(List.of(), everythingUnder(driverRoot));
    }

    /**
     * Collections run one after another, in event order: once a marker image's layer, unpacked for a container,
     * is collected after its removal, every collection asked for before it has run.
     */
    private void awaitOneMoreCollection(Path dataRoot, Path layers) throws Exception {
        Path dir = Files.createTempDirectory(dataRoot, "marker");
        Files.writeString(dir.resolve("marker"), "marker\n");
        Path tarball = dir.resolve("marker.tar");
        SharedBaseArchive.tar(dir, "-C", dir.toString(), "-cf", tarball.toString(), "marker");
        Image marker;
        try (InputStream in = Files.newInputStream(tarball)) {
            marker = images.importRootfs(in, "marker:1");
        }
        Container user = containers.create(ContainerConfig.builder("marker:1").cmd(List.of("/bin/sh")).build());
        String markerLayer = chainIds(marker).iterator().next();
        assertTrue(stored(layers).contains(markerLayer));
        containers.remove(user.id(), true);
        images.remove("marker:1", false);
        waitFor("the marker layer is collected", () -> !stored(layers).contains(markerLayer));
    }

    private static Set<String> chainIds(Image... images) {
        return Stream.of(images).flatMap(image -> image.layers().stream()).map(Layer::chainId)
                .map(id -> id.replace(':', '-')).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> stored(Path layers) throws Exception {
        try (Stream<Path> children = Files.list(layers)) {
            return children.map(path -> path.getFileName().toString()).filter(name -> !name.startsWith("."))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every file below the driver's folder except the folders themselves, as "ls -R" would list them. */
    private static List<String> everythingUnder(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).map(root::relativize).map(Path::toString)
                    .sorted().toList();
        }
    }
}

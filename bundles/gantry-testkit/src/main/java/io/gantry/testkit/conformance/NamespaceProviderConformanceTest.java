package io.gantry.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.namespace.NamespaceProvider;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import io.gantry.testkit.FakeSpecContext;
import io.gantry.testkit.TestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link NamespaceProvider} must have. A provider's test extends this class and says how a
 * container's configuration asks it for each sharing mode it offers ({@link #configFor}) and which
 * configurations it must refuse. The suite then checks the namespace entries of the provider's type: a new one
 * for private, none for the host's, the other container's for {@code container:<ref>}; that every other part of
 * the spec other providers made is left alone; and that bad input is refused by name and changes nothing. The
 * context is a {@link FakeSpecContext} with an empty bundle directory of the test's own and one other running
 * container, {@link #PEER}.
 */
public abstract class NamespaceProviderConformanceTest {
    /** The name of the other running container that container modes join. */
    protected static final String PEER = "peer";
    private static final ObjectMapper JSON = TestJson.MAPPER;
    private static final int PEER_PID = (int) ProcessHandle.current().pid();

    @TempDir
    protected Path bundleDir;
    protected NamespaceProvider provider;

    protected abstract NamespaceProvider createProvider();

    /**
     * The configuration of a container that asks this provider for {@code mode}, or empty if the provider has no
     * such mode (the cgroup and mount namespaces, for one, are always private). A container mode names
     * {@link #PEER}, or the container {@code mode} names.
     */
    protected abstract Optional<ContainerConfig> configFor(NamespaceMode mode);

    /**
     * Configurations this provider must refuse, each under a part of the message that must name what is wrong,
     * e.g. the option and its value. Empty if the provider refuses nothing.
     */
    protected abstract Map<String, ContainerConfig> invalidConfigs();

    /** {@link #configFor} of a provider whose namespace is always private: a plain configuration asks for that. */
    protected static Optional<ContainerConfig> onlyPrivate(NamespaceMode mode) {
        return mode.kind() == NamespaceMode.Kind.PRIVATE ? Optional.of(ContainerConfig.builder("busybox").build())
                : Optional.empty();
    }

    @BeforeEach
    void createTheProvider() {
        provider = createProvider();
    }

    /** A context for {@code config} whose only other running container is {@link #PEER}. */
    protected SpecContext context(ContainerConfig config) {
        return new FakeSpecContext(FakeSpecContext.ID, config, bundleDir, Map.of(PEER, PEER_PID), Optional.empty());
    }

    /** A spec as the other providers might have left it: their namespaces, a mount and the process. */
    protected Spec othersSpec() {
        Spec spec = new Spec();
        for (NamespaceType other : NamespaceType.values()) {
            if (other != provider.type()) {
                spec.linux.putNamespace(new LinuxNamespace(other.ociName(),
                        other == NamespaceType.NET ? "/run/netns/other" : null));
            }
        }
        spec.putMount(Mount.bind("/srv/data", "/data", "ro"));
        spec.process.args.addAll(List.of("/bin/sh", "-c", "true"));
        spec.process.env.add("PATH=/bin");
        spec.annotations.put("org.example.owner", "other providers");
        return spec;
    }

    @Test
    void privateModeAddsExactlyOneNewNamespaceOfItsType() {
        ContainerConfig config = configFor(NamespaceMode.PRIVATE).orElseThrow(
                () -> new AssertionError("every provider offers a private namespace"));
        Spec spec = othersSpec();
        spec.linux.putNamespace(new LinuxNamespace(ociName(), provider.type().procPath(1)));
        provider.contribute(spec, context(config));
        assertEquals(List.of(new LinuxNamespace(ociName(), null)), entriesOfItsType(spec));
    }

    @Test
    void hostModeLeavesNoNamespaceOfItsType() {
        ContainerConfig config = offered(NamespaceMode.HOST);
        Spec spec = othersSpec();
        spec.linux.putNamespace(new LinuxNamespace(ociName(), null));
        provider.contribute(spec, context(config));
        assertEquals(List.of(), entriesOfItsType(spec), "the container stays in the host's namespace");
    }

    @Test
    void containerModeJoinsThatContainersNamespace() {
        ContainerConfig config = offered(NamespaceMode.container(PEER));
        Spec spec = othersSpec();
        provider.contribute(spec, context(config));
        assertEquals(List.of(new LinuxNamespace(ociName(), provider.type().procPath(PEER_PID))),
                entriesOfItsType(spec));
    }

    @Test
    void containerModeWithAnUnknownContainerIsNotFoundAndChangesNothing() throws IOException {
        ContainerConfig config = offered(NamespaceMode.container("ghost"));
        Spec spec = othersSpec();
        JsonNode before = JSON.valueToTree(spec);
        NotFoundException e = assertThrows(NotFoundException.class, () -> provider.contribute(spec, context(config)));
        assertTrue(e.getMessage().contains("ghost"), e.getMessage());
        assertEquals(before, JSON.valueToTree(spec));
        assertEquals(List.of(), filesIn(bundleDir));
    }

    @Test
    void everyModeLeavesWhatOtherProvidersMadeAlone() {
        for (NamespaceMode mode : List.of(NamespaceMode.PRIVATE, NamespaceMode.HOST, NamespaceMode.container(PEER))) {
            configFor(mode).ifPresent(config -> {
                Spec spec = othersSpec();
                provider.contribute(spec, context(config));
                Spec expected = othersSpec();
                assertEquals(expected.linux.namespaces, othersEntries(spec), mode + ": other namespaces");
                assertTrue(spec.mounts.containsAll(expected.mounts), mode + ": " + spec.mounts);
                assertEquals(JSON.valueToTree(expected.process), JSON.valueToTree(spec.process), mode + ": process");
                assertEquals(expected.annotations, spec.annotations, mode + ": annotations");
            });
        }
    }

    @Test
    void refusesInvalidConfigurationsNamingThemAndChangesNothing() throws IOException {
        assumeTrue(!invalidConfigs().isEmpty(), provider.type() + " provider refuses no configuration");
        for (Map.Entry<String, ContainerConfig> invalid : invalidConfigs().entrySet()) {
            Spec spec = othersSpec();
            JsonNode before = JSON.valueToTree(spec);
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> provider.contribute(spec, context(invalid.getValue())), invalid.getKey());
            assertTrue(e.getMessage().contains(invalid.getKey()), "\"" + e.getMessage() + "\" names "
                    + invalid.getKey());
            assertEquals(before, JSON.valueToTree(spec), invalid.getKey() + ": the spec is untouched");
            assertEquals(List.of(), filesIn(bundleDir), invalid.getKey() + ": nothing written");
        }
    }

    private ContainerConfig offered(NamespaceMode mode) {
        Optional<ContainerConfig> config = configFor(mode);
        assumeTrue(config.isPresent(), provider.type() + " provider has no " + mode.kind() + " mode");
        return config.get();
    }

    private String ociName() {
        return provider.type().ociName();
    }

    private List<LinuxNamespace> entriesOfItsType(Spec spec) {
        return spec.linux.namespaces.stream().filter(n -> n.type().equals(ociName())).toList();
    }

    private List<LinuxNamespace> othersEntries(Spec spec) {
        return spec.linux.namespaces.stream().filter(n -> !n.type().equals(ociName())).toList();
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}

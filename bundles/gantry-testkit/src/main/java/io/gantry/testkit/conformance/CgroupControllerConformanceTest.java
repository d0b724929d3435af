package io.gantry.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.testkit.FakeCgroupDir;
import io.gantry.testkit.KernelCgroup;
import io.gantry.testkit.TestJson;
import io.gantry.testkit.TreeSnapshot;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link CgroupController} must have. A controller's test extends this class and describes
 * its part: which {@link Resources} fields are its own, one valid setting of them with the linux.resources it
 * becomes and the figures a cgroup shows once it is applied, some invalid ones, and a v1 and a v2 cgroup
 * directory with the figures stats reads from them. The suite checks contribute, stats and update against those,
 * on fake v1 and v2 directories ({@link FakeCgroupDir}) and on a real cgroup of this host ({@link KernelCgroup},
 * skipped unless the host has the v1 controllers and the test runs as root).
 */
public abstract class CgroupControllerConformanceTest {
    private static final ObjectMapper JSON = TestJson.MAPPER;
    private static final String PATH = FakeCgroupDir.CGROUPS_PATH;
    private static final long MIB = 1024 * 1024;
    /** A valid value for every {@link Resources} field, for the settings of other controllers. */
    private static final Map<String, Object> ANY_SETTING = Map.ofEntries(Map.entry("memoryBytes", 64 * MIB),
            Map.entry("memorySwapBytes", 128 * MIB), Map.entry("memoryReservationBytes", 32 * MIB),
            Map.entry("kernelMemoryBytes", 0L), Map.entry("memorySwappiness", 60L), Map.entry("oomKillDisable", false),
            Map.entry("nanoCpus", 1_000_000_000L), Map.entry("cpuShares", 512L), Map.entry("cpuQuota", 50_000L),
            Map.entry("cpuPeriod", 100_000L), Map.entry("cpuRealtimeRuntime", 0L), Map.entry("cpuRealtimePeriod", 0L),
            Map.entry("cpusetCpus", "0"), Map.entry("cpusetMems", "0"), Map.entry("pidsLimit", 100L),
            Map.entry("blkioWeight", 500L), Map.entry("blkioWeightDevices", List.of()),
            Map.entry("deviceReadBps", List.of()), Map.entry("deviceWriteBps", List.of()),
            Map.entry("deviceReadIops", List.of()), Map.entry("deviceWriteIops", List.of()),
            Map.entry("hugepageLimits", List.of()), Map.entry("deviceCgroupRules", List.of()));

    @TempDir
    protected Path root;
    protected CgroupController controller;

    protected abstract CgroupController createController();

    /** The names of the {@link Resources} components this controller owns: {@link Resources#fieldsOf} its name. */
    protected Set<String> ownFields() {
        return Set.copyOf(Resources.fieldsOf(controller.name()));
    }

    /** A valid setting of this controller's fields; contribute and update both take it. */
    protected abstract Resources settings();

    /** What contribute writes into an empty linux.resources for {@link #settings()}. */
    protected abstract LinuxResources contributed();

    /**
     * Figures stats must show once {@link #settings()} is applied to the {@link #v1Files()} or {@link #v2Files()}
     * directory (or to a new cgroup of this host), e.g. memory's "limit". {@link #v1Stats()} and
     * {@link #v2Stats()} must differ from them, so that the update is seen.
     */
    protected abstract Map<String, Long> statsAfterUpdate();

    /**
     * Settings of this controller's fields that are invalid whatever the cgroup holds, each under a part of the
     * message that must name the bad value. contribute and update must both refuse them and change nothing.
     */
    protected abstract Map<String, Resources> invalidSettings();

    /** The interface files of a cgroup v1 directory of this controller (name to content). */
    protected abstract Map<String, String> v1Files();

    /** What stats reads from {@link #v1Files()}. */
    protected abstract Map<String, Long> v1Stats();

    /** The interface files of a cgroup v2 directory. */
    protected abstract Map<String, String> v2Files();

    /** What stats reads from {@link #v2Files()}. */
    protected abstract Map<String, Long> v2Stats();

    /**
     * A v1 layout with this controller mounted on {@code mount}; {@link #v1Files()} are written into its
     * directory. A controller that also reads another v1 controller's files (cpu reads cpuacct) mounts both there,
     * as a combined mount such as cpu,cpuacct does.
     */
    protected CgroupLayout v1Layout(Path mount) {
        return CgroupLayout.v1(Map.of(controller.name(), mount));
    }

    /** The v1 controllers a real cgroup for the live-update check needs. */
    protected List<String> kernelControllers() {
        return List.of(controller.name());
    }

    @BeforeEach
    void createTheController() {
        controller = createController();
    }

    @Test
    void hasAName() {
        assertFalse(controller.name().isBlank());
    }

    @Test
    void ownsTheFieldsItsSettingsSet() {
        assertFalse(ownFields().isEmpty(), "Resources gives " + controller.name() + " no fields");
        assertTrue(ownFields().containsAll(settings().setFields()), settings().setFields() + " are " + ownFields());
        assertEquals(Map.of(controller.name() + " limit", controller.name()), settings().askedControllers());
    }

    @Test
    void contributesItsSettingsToLinuxResources() {
        assertEquals(json(contributed()), json(contribute(settings(), new LinuxResources())));
        assertFalse(json(contributed()).equals(json(new LinuxResources())), "contributed() describes no change");
    }

    @Test
    void leavesWhatOthersContributedAlone() {
        ObjectNode others = othersParts();
        LinuxResources out = contribute(settings(), JSON.convertValue(others, LinuxResources.class));
        ObjectNode expected = others.deepCopy().setAll((ObjectNode) json(contributed()));
        assertEquals(expected, json(out));
    }

    @Test
    void ignoresSettingsThatAreNotItsOwn() {
        assertEquals(json(new LinuxResources()), json(contribute(othersSettings(), new LinuxResources())));
        assertEquals(json(new LinuxResources()), json(contribute(Resources.NONE, new LinuxResources())));
        assertEquals(json(contributed()), json(contribute(merged(settings(), othersSettings()), new LinuxResources())));
    }

    @Test
    void refusesInvalidSettingsNamingThem() {
        assumeTrue(!invalidSettings().isEmpty(), "no invalid settings given");
        invalidSettings().forEach((named, invalid) -> {
            LinuxResources out = new LinuxResources();
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> controller.contribute(invalid, out), named);
            assertTrue(e.getMessage().contains(named), "\"" + e.getMessage() + "\" names " + named);
            assertEquals(json(new LinuxResources()), json(out), "a refused contribution writes nothing");
        });
    }

    @Test
    void readsStatsFromAV1Directory() throws IOException {
        FakeCgroupDir.under(root, v1Files());
        assertEquals(v1Stats(), controller.stats(v1Layout(root), PATH));
    }

    @Test
    void readsStatsFromAV2Directory() throws IOException {
        FakeCgroupDir.under(root, v2Files());
        assertEquals(v2Stats(), controller.stats(CgroupLayout.v2(root), PATH));
    }

    @Test
    void missingFilesGiveMissingFiguresNeverAnError() throws IOException {
        assertEquals(Map.of(), controller.stats(CgroupLayout.v1(Map.of()), PATH), "controller not mounted");
        assertEquals(Map.of(), controller.stats(v1Layout(root), PATH), "no such cgroup on v1");
        assertEquals(Map.of(), controller.stats(CgroupLayout.v2(root), PATH), "no such cgroup on v2");
        checkEachFileMissing(v1Files(), v1Stats(), this::v1Layout);
        checkEachFileMissing(v2Files(), v2Stats(), CgroupLayout::v2);
    }

    @Test
    void appliesLiveUpdatesOnV1AndV2() throws IOException {
        checkUpdate(v1Files(), v1Stats(), this::v1Layout);
        checkUpdate(v2Files(), v2Stats(), CgroupLayout::v2);
    }

    @Test
    void updatesWithoutItsSettingsWriteNothing() throws IOException {
        Path v1 = Files.createDirectory(root.resolve("v1"));
        Path v2 = Files.createDirectory(root.resolve("v2"));
        FakeCgroupDir.under(v1, v1Files());
        FakeCgroupDir.under(v2, v2Files());
        TreeSnapshot before = TreeSnapshot.of(root);
        for (Resources notMine : List.of(Resources.NONE, othersSettings())) {
            controller.update(notMine, v1Layout(v1), PATH);
            controller.update(notMine, CgroupLayout.v2(v2), PATH);
            controller.update(notMine, CgroupLayout.v1(Map.of()), PATH);
        }
        assertEquals(List.of(), TreeSnapshot.of(root).differencesFrom(before));
    }

    @Test
    void refusesInvalidUpdatesAndWritesNothing() throws IOException {
        assumeTrue(!invalidSettings().isEmpty(), "no invalid settings given");
        Path v1 = Files.createDirectory(root.resolve("v1"));
        Path v2 = Files.createDirectory(root.resolve("v2"));
        FakeCgroupDir.under(v1, v1Files());
        FakeCgroupDir.under(v2, v2Files());
        TreeSnapshot before = TreeSnapshot.of(root);
        invalidSettings().forEach((named, invalid) -> {
            for (CgroupLayout layout : List.of(v1Layout(v1), CgroupLayout.v2(v2))) {
                InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                        () -> controller.update(invalid, layout, PATH), named + " on " + layout);
                assertTrue(e.getMessage().contains(named), "\"" + e.getMessage() + "\" names " + named);
            }
        });
        assertEquals(List.of(), TreeSnapshot.of(root).differencesFrom(before));
    }

    @Test
    void anUpdateWithoutTheControllerMountedFailsClearly() {
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> controller.update(settings(), CgroupLayout.v1(Map.of()), PATH));
        assertTrue(e.getMessage().contains(PATH) && e.getMessage().contains(controller.name()), e.getMessage());
    }

    @Test
    void appliesLiveUpdatesToARealCgroup() throws IOException {
        try (KernelCgroup cgroup = KernelCgroup.create(kernelControllers().toArray(String[]::new))) {
            CgroupLayout host = CgroupLayout.detect();
            assertFalse(containsAll(controller.stats(host, cgroup.cgroupsPath()), statsAfterUpdate()),
                    "a new cgroup already shows " + statsAfterUpdate());
            controller.update(settings(), host, cgroup.cgroupsPath());
            Map<String, Long> stats = controller.stats(host, cgroup.cgroupsPath());
            assertTrue(containsAll(stats, statsAfterUpdate()), stats + " holds " + statsAfterUpdate());
        }
    }

    private void checkEachFileMissing(Map<String, String> files, Map<String, Long> full,
            Function<Path, CgroupLayout> layout) throws IOException {
        for (String missing : files.keySet()) {
            Path mount = Files.createTempDirectory(root, "missing-");
            Map<String, String> rest = new HashMap<>(files);
            rest.remove(missing);
            FakeCgroupDir.under(mount, rest);
            Map<String, Long> stats = controller.stats(layout.apply(mount), PATH);
            assertTrue(containsAll(full, stats), "without " + missing + ": " + stats + " is part of " + full);
        }
    }

    private void checkUpdate(Map<String, String> files, Map<String, Long> before, Function<Path, CgroupLayout> layout)
            throws IOException {
        assertFalse(containsAll(before, statsAfterUpdate()), "the fixture already shows " + statsAfterUpdate());
        Path mount = Files.createTempDirectory(root, "update-");
        FakeCgroupDir.under(mount, files);
        controller.update(settings(), layout.apply(mount), PATH);
        Map<String, Long> after = controller.stats(layout.apply(mount), PATH);
        assertTrue(containsAll(after, statsAfterUpdate()), after + " holds " + statsAfterUpdate());
    }

    private LinuxResources contribute(Resources resources, LinuxResources out) {
        controller.contribute(resources, out);
        return out;
    }

    /** Valid values for every field this controller does not own. */
    private Resources othersSettings() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : Resources.class.getRecordComponents()) {
            if (!ownFields().contains(component.getName())) {
                Object value = ANY_SETTING.get(component.getName());
                if (value == null) {
                    fail("the suite has no value for Resources." + component.getName());
                }
                values.put(component.getName(), value);
            }
        }
        return resources(values::get);
    }

    /** {@code own}'s own fields, the other fields from {@code others}. */
    private Resources merged(Resources own, Resources others) {
        return resources(name -> (ownFields().contains(name) ? valueOf(own, name) : valueOf(others, name)));
    }

    private Resources resources(Function<String, Object> valueOf) {
        try {
            Object[] values = Stream.of(Resources.class.getRecordComponents()).map(c -> valueOf.apply(c.getName()))
                    .toArray();
            Class<?>[] types = Stream.of(Resources.class.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            return Resources.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make Resources", e);
        }
    }

    private static Object valueOf(Resources resources, String field) {
        try {
            return Resources.class.getMethod(field).invoke(resources);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read Resources." + field, e);
        }
    }

    /** Every part of linux.resources that {@link #contributed()} leaves out, filled as other controllers would. */
    private ObjectNode othersParts() {
        LinuxResources all = new LinuxResources();
        all.devices.add(new LinuxResources.DeviceRule(false, "a", null, null, "rwm"));
        all.memory = new LinuxResources.Memory(64 * MIB, null, 128 * MIB, null, null, null);
        all.cpu = new LinuxResources.Cpu(512L, 50_000L, 100_000L, null, null, "0", "0");
        all.pids = new LinuxResources.Pids(100);
        all.blockIO = Map.of("weight", 500);
        all.hugepageLimits = List.of(Map.of("pageSize", "2MB", "limit", 0));
        all.unified = Map.of("io.weight", "default 100");
        ObjectNode others = (ObjectNode) json(all);
        json(contributed()).fieldNames().forEachRemaining(others::remove);
        return others;
    }

    private static JsonNode json(LinuxResources resources) {
        return JSON.valueToTree(resources);
    }

    private static boolean containsAll(Map<String, Long> map, Map<String, Long> entries) {
        return map.entrySet().containsAll(entries.entrySet());
    }
}

package io.gantry.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.natives.Syscalls;
import io.gantry.natives.fake.RecordingSyscalls;
import io.gantry.testkit.LayerTar;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metadata and whiteout syscalls an extraction makes, recorded by the fake. */
class LayerExtractorCallsTest {
    private final RecordingSyscalls fake = new RecordingSyscalls();
    @TempDir
    Path layer;
    private String root;

    @BeforeEach
    void resolveRoot() throws IOException {
        root = layer.toRealPath().toString();
    }

    @Test
    void whiteoutsBecomeMknodAndXattrCalls() {
        extract(new LayerTar().directory("etc", 0755).whiteout("etc", "motd").opaque("etc"), Whiteouts.OVERLAY);
        assertEquals(List.of("mknod(" + root + "/etc/motd,020000,0)"), fake.calls("mknod("));
        assertEquals(List.of("lsetxattr(" + root + "/etc,trusted.overlay.opaque,y)"), fake.calls("lsetxattr("));
    }

    @Test
    void ownerIsSetBeforeTheModeSoSetuidSurvives() {
        extract(new LayerTar().ownedBy(1000, 1001).file("su", "x", 04755), Whiteouts.APPLY);
        List<String> metadataCalls = fake.calls().stream().filter(call -> !call.startsWith("lutimens(")).toList();
        assertEquals(List.of("lchown(" + root + "/su,1000,1001)", "chmod(" + root + "/su,04755)"), metadataCalls);
        assertEquals(List.of("lutimens(" + root + "/su,1704164645,0)"), fake.calls("lutimens("));
    }

    @Test
    void devicesGetTheirNumbers() {
        extract(new LayerTar().characterDevice("null", 1, 3, 0666).blockDevice("sda", 8, 0, 0660), Whiteouts.APPLY);
        assertEquals(List.of("mknod(" + root + "/null,020666," + Syscalls.makedev(1, 3) + ")",
                "mknod(" + root + "/sda,060660," + Syscalls.makedev(8, 0) + ")"), fake.calls("mknod("));
    }

    @Test
    void failedSyscallNamesTheEntry() {
        fake.failWhen("mknod(", Syscalls.EPERM);
        GantryException e = assertThrows(GantryException.class,
                () -> extract(new LayerTar().characterDevice("dev/null", 1, 3, 0666), Whiteouts.APPLY));
        assertTrue(e.getMessage().startsWith("cannot extract layer entry 'dev/null': mknod("), e.getMessage());
    }

    private void extract(LayerTar tar, Whiteouts whiteouts) {
        new LayerExtractor(fake).extract(tar.stream(), layer, whiteouts);
    }
}

package io.gantry.shell.internal.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Mount;
import io.gantry.api.container.VolumeOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MountSpecsTest {
    @Test
    void volumeFlagsAreBindsForHostPathsAndVolumesOtherwise() {
        assertEquals(Mount.bind("/srv", "/data", false), MountSpecs.volume("/srv:/data"));
        assertEquals(Mount.bind("/srv", "/data", true), MountSpecs.volume("/srv:/data:ro"));
        assertEquals(Mount.bind("/srv", "/data", false), MountSpecs.volume("/srv:/data:rw,z"));
        assertEquals(new Mount(Mount.Type.VOLUME, "cache", "/cache", false), MountSpecs.volume("cache:/cache"));
        assertEquals(new Mount(Mount.Type.VOLUME, null, "/scratch", false), MountSpecs.volume("/scratch"));
    }

    @Test
    void mountFlagsTakeDockersKeys() {
        assertEquals(Mount.bind("/srv", "/data", true),
                MountSpecs.mount("type=bind,source=/srv,target=/data,readonly"));
        assertEquals(Mount.bind("/srv", "/data", false),
                MountSpecs.mount("type=bind,src=/srv,dst=/data,readonly=false"));
        assertEquals(new Mount(Mount.Type.VOLUME, "vol", "/v", false), MountSpecs.mount("source=vol,destination=/v"));
        assertEquals(new Mount(Mount.Type.TMPFS, null, "/run", false), MountSpecs.mount("type=tmpfs,target=/run"));
    }

    @Test
    void volumeFlagsTakeNocopyForVolumes() {
        VolumeOptions noCopy = new VolumeOptions(true, null, Map.of(), Map.of());
        assertEquals(Mount.volume("db", "/data", true, noCopy), MountSpecs.volume("db:/data:ro,nocopy"));
        assertEquals(Mount.volume("db", "/data", false, noCopy), MountSpecs.volume("db:/data:nocopy"));
        assertEquals("invalid mode: nocopy in volume specification '/srv:/data:nocopy': only a volume can be kept"
                + " from being filled", refused(() -> MountSpecs.volume("/srv:/data:nocopy")));
    }

    @Test
    void volumeMountsTakeTheVolumeKeys() {
        assertEquals(Mount.volume("db", "/data", true, new VolumeOptions(true, "local",
                        Map.of("type", "tmpfs", "device", "tmpfs"), Map.of("tier", "db", "backup", ""))),
                MountSpecs.mount("type=volume,source=db,target=/data,readonly,volume-nocopy,volume-driver=local,"
                        + "volume-opt=type=tmpfs,volume-opt=device=tmpfs,volume-label=tier=db,volume-label=backup"));
        assertEquals(Mount.volume(null, "/scratch", false, new VolumeOptions(false, null, Map.of(), Map.of())),
                MountSpecs.mount("target=/scratch,volume-nocopy=false"));
        assertEquals(Mount.volume("db", "/data", false, null), MountSpecs.mount("type=volume,src=db,dst=/data,ro=0"));
    }

    @Test
    void aQuotedFieldHoldsCommasAndQuotes() {
        assertEquals(Mount.volume("nfs", "/x", false, new VolumeOptions(false, null,
                        Map.of("o", "addr=10.0.0.1,rw", "device", ":/\"share\""), Map.of())),
                MountSpecs.mount("source=nfs,target=/x,\"volume-opt=o=addr=10.0.0.1,rw\","
                        + "\"volume-opt=device=:/\"\"share\"\"\""));
        assertEquals("invalid mount 'target=/x,volume-opt=o=\"a,b\"': a quote must enclose a whole field",
                refused(() -> MountSpecs.mount("target=/x,volume-opt=o=\"a,b\"")));
        assertEquals("invalid mount 'target=/x,\"volume-opt=o=a': a quoted field is not closed",
                refused(() -> MountSpecs.mount("target=/x,\"volume-opt=o=a")));
        assertEquals("invalid mount '\"target=/x\"z': a quote must enclose a whole field",
                refused(() -> MountSpecs.mount("\"target=/x\"z")));
    }

    @Test
    void badVolumeKeysAreRefusedNamingThem() {
        assertEquals("volume options given for the bind mount at /x: only a volume mount takes them",
                refused(() -> MountSpecs.mount("type=bind,source=/srv,target=/x,volume-nocopy")));
        assertEquals("invalid mount 'target=/x,volume-driver': volume-driver needs a value, volume-driver=...",
                refused(() -> MountSpecs.mount("target=/x,volume-driver")));
        assertEquals("invalid mount 'target=/x,volume-nocopy=yes': volume-nocopy is true or false, not 'yes'",
                refused(() -> MountSpecs.mount("target=/x,volume-nocopy=yes")));
        assertEquals("invalid mount 'target=/x,readonly=maybe': readonly is true or false, not 'maybe'",
                refused(() -> MountSpecs.mount("target=/x,readonly=maybe")));
        assertEquals("invalid volume-label '=x': the key is empty",
                refused(() -> MountSpecs.mount("target=/x,volume-label==x")));
        assertEquals("\"a/b\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\""
                + " are allowed. If you intended to pass a host directory, use absolute path",
                refused(() -> MountSpecs.mount("source=a/b,target=/x")));
    }

    @Test
    void tmpfsTakesSizeModeAndAccess() {
        assertEquals(new Mount(Mount.Type.TMPFS, null, "/run", false), MountSpecs.tmpfs("/run"));
        assertEquals(new Mount(Mount.Type.TMPFS, null, "/run", true, 64L << 20, null),
                MountSpecs.tmpfs("/run:ro,size=64m"));
        assertEquals(new Mount(Mount.Type.TMPFS, null, "/run", false, 64L << 20, 0755),
                MountSpecs.tmpfs("/run:size=64m,mode=755,nosuid,noexec"));
    }

    @Test
    void malformedValuesAreRefusedNamingThem() {
        assertEquals("invalid volume specification: '/a:/b:c:d'", refused(() -> MountSpecs.volume("/a:/b:c:d")));
        assertEquals("invalid mode: rx in volume specification '/a:/b:rx'", refused(() -> MountSpecs.volume("/a:/b:rx")));
        assertEquals("invalid mount target 'b': it must be an absolute path in the container",
                refused(() -> MountSpecs.volume("/a:b")));
        assertEquals("invalid mount 'type=npipe,target=/x': type must be bind, volume or tmpfs, not 'npipe'",
                refused(() -> MountSpecs.mount("type=npipe,target=/x")));
        assertEquals("invalid mount 'type=bind,target=/x,colour=red': unexpected key 'colour'",
                refused(() -> MountSpecs.mount("type=bind,target=/x,colour=red")));
        assertEquals("invalid bind mount source (none) for /x: it must be an absolute host path",
                refused(() -> MountSpecs.mount("type=bind,target=/x")));
        assertEquals("invalid mount target 'run': it must be an absolute path in the container",
                refused(() -> MountSpecs.tmpfs("run")));
        assertEquals("unsupported tmpfs option 'uid=1' for /run: only size, mode, ro, rw, nosuid, nodev, noexec, exec,"
                + " suid and dev", refused(() -> MountSpecs.tmpfs("/run:uid=1")));
        assertEquals("invalid tmpfs mode '8' for /run: an octal number such as 1777",
                refused(() -> MountSpecs.tmpfs("/run:mode=8")));
    }

    private static String refused(org.junit.jupiter.api.function.Executable parse) {
        return assertThrows(InvalidArgumentException.class, parse).getMessage();
    }
}

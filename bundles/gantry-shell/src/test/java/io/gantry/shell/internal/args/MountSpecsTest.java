package io.gantry.shell.internal.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Mount;
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
        assertEquals(new Mount(Mount.Type.VOLUME, "v", "/v", false), MountSpecs.mount("source=v,destination=/v"));
        assertEquals(new Mount(Mount.Type.TMPFS, null, "/run", false), MountSpecs.mount("type=tmpfs,target=/run"));
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

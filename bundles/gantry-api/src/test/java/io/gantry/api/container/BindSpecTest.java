package io.gantry.api.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class BindSpecTest {
    @Test
    void hostPathsAreBindsOtherSourcesVolumesAndALonePathAnAnonymousVolume() {
        assertEquals(Mount.bind("/srv/data", "/data", false), BindSpec.parse("/srv/data:/data"));
        assertEquals(Mount.bind("/srv/data", "/data", true), BindSpec.parse("/srv/data:/data:ro"));
        assertEquals(Mount.bind("/srv", "/data", false), BindSpec.parse("/srv:/data:z,rw"));
        assertEquals(Mount.bind("/srv", "/data", true), BindSpec.parse("/srv:/data:ro,rprivate"));
        assertEquals(new Mount(Mount.Type.VOLUME, "cache", "/cache", false), BindSpec.parse("cache:/cache"));
        assertEquals(new Mount(Mount.Type.VOLUME, null, "/scratch", false), BindSpec.parse("/scratch"));
    }

    @Test
    void formatGivesBackTheCliForm() {
        assertEquals("/srv:/data:ro", BindSpec.format(BindSpec.parse("/srv:/data:ro,z")));
        assertEquals("cache:/cache", BindSpec.format(BindSpec.parse("cache:/cache")));
        assertEquals("/scratch", BindSpec.format(BindSpec.parse("/scratch")));
    }

    @Test
    void malformedSpecsAreRefusedNamingTheSpec() {
        assertEquals("invalid volume specification: '/a:/b:ro:x'", refused("/a:/b:ro:x"));
        assertEquals("invalid volume specification: ':/b'", refused(":/b"));
        assertEquals("invalid volume specification: '/a:'", refused("/a:"));
        assertEquals("invalid volume specification: '/a:/': destination can't be '/'", refused("/a:/"));
        assertEquals("invalid mode: rx in volume specification '/a:/b:rx'", refused("/a:/b:rx"));
        assertEquals("invalid mode: ro,rw in volume specification '/a:/b:ro,rw'", refused("/a:/b:ro,rw"));
        assertEquals("invalid mount target 'b': it must be an absolute path in the container", refused("/a:b"));
    }

    private static String refused(String spec) {
        return assertThrows(InvalidArgumentException.class, () -> BindSpec.parse(spec)).getMessage();
    }
}

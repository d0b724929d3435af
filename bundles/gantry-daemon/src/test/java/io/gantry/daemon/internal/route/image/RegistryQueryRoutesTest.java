package io.gantry.daemon.internal.route.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.daemon.internal.ApiTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /distribution/{name}/json and /images/search. */
class RegistryQueryRoutesTest extends ApiTestBase {
    @Test
    void distributionAnswersTheDescriptorAndPlatformsInDockersShape() throws Exception {
        String r = call("GET", "/v1.41/distribution/127.0.0.1:5000/bb:1/json", null);
        assertEquals(200, status(r), r);
        assertEquals("{\"Descriptor\":{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"sha256:"
                + "d".repeat(64) + "\",\"size\":407},\"Platforms\":[{\"architecture\":\"amd64\",\"os\":\"linux\"}]}",
                body(r).toString());
        assertEquals(List.of("distribution 127.0.0.1:5000/bb:1"), images.calls);
    }

    @Test
    void distributionOfAnUnknownImageIsA404() throws Exception {
        images.distributionAnswer = null;
        assertEquals("manifest unknown: nothere:1", refused(404, "GET", "/distribution/nothere:1/json", null));
    }

    @Test
    void searchPassesTheTermAndLimit() throws Exception {
        assertEquals("[]", body(call("GET", "/images/search?term=busybox", null)).toString());
        assertEquals("[]", body(call("GET", "/images/search?term=busybox&limit=5", null)).toString());
        assertEquals(List.of("search busybox 25", "search busybox 5"), images.calls);
    }
}

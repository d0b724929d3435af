package io.gantry.daemon.internal.route.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.image.CommitOptions;
import io.gantry.daemon.internal.ApiTestBase;
import io.gantry.testkit.fake.FakeImages;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docker commit's POST /commit. */
class CommitRouteTest extends ApiTestBase {
    @Test
    void commitPassesTheQueryAndAnswersTheNewImagesId() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        String r = call("POST", "/v1.41/commit?container=web&repo=mine&tag=2&comment=msg&author=me&pause=0"
                + "&changes=CMD%20%5B%22sh%22%5D&changes=ENV%20A%3Db", "");
        assertEquals(201, status(r), r);
        assertEquals("{\"Id\":\"" + FakeImages.UNTAGGED.id() + "\"}", body(r).toString());
        CommitOptions options = commits.last;
        assertEquals("mine:2", options.reference());
        assertEquals("msg", options.comment());
        assertEquals("me", options.author());
        assertFalse(options.pause());
        assertEquals(List.of("CMD [\"sh\"]", "ENV A=b"), options.changes());
        assertNull(options.overrides());
    }

    @Test
    void theBodyConfigOverridesAndPauseDefaultsToTrue() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        String r = call("POST", "/commit?container=web", "{\"Cmd\":\"top\",\"Env\":[\"X=1\"],\"WorkingDir\":\"/w\","
                + "\"ExposedPorts\":{\"80/tcp\":{}},\"Labels\":{\"k\":\"v\"}}");
        assertEquals(201, status(r), r);
        CommitOptions options = commits.last;
        assertTrue(options.pause());
        assertNull(options.reference());
        assertEquals(List.of("top"), options.overrides().cmd());
        assertNull(options.overrides().entrypoint());
        assertEquals(List.of("X=1"), options.overrides().env());
        assertEquals("/w", options.overrides().workingDir());
        assertEquals(List.of("80/tcp"), options.overrides().exposedPorts());
        assertEquals("v", options.overrides().labels().get("k"));
        assertNull(options.overrides().healthcheck());
    }

    @Test
    void theBodysHealthcheckIsTheImagesAndABadOneIsRefusedNamingTheField() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        String r = call("POST", "/commit?container=web", "{\"Healthcheck\":{\"Test\":[\"CMD\",\"true\"],"
                + "\"Interval\":2000000000,\"Retries\":3}}");
        assertEquals(201, status(r), r);
        assertEquals(new HealthConfig(List.of("CMD", "true"), Duration.ofSeconds(2), null, null, 3),
                commits.last.overrides().healthcheck());
        assertTrue(refused(400, "POST", "/commit?container=web", "{\"Healthcheck\":{\"Test\":\"true\"}}")
                .contains("Healthcheck.Test"));
    }

    @Test
    void badCommitsAreRefusedNamingWhatIsWrong() throws Exception {
        assertEquals("No such container: nothere", refused(404, "POST", "/commit?container=nothere", ""));
        assertEquals("no container given: container is required", refused(400, "POST", "/commit", ""));
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        assertEquals("tag 2 given without repo", refused(400, "POST", "/commit?container=web&tag=2", ""));
        assertTrue(refused(400, "POST", "/commit?container=web", "{\"Env\":\"X=1\"}").contains("Env"));
        assertTrue(commits.calls.isEmpty(), commits.calls.toString());
    }
}

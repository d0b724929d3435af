package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.monitor.FileChange;
import io.gantry.daemon.internal.ApiTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docker diff's /containers/{id}/changes. */
class ChangesRouteTest extends ApiTestBase {
    @Test
    void changesListPathsWithDockersKindNumbers() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        monitor.changes.addAll(List.of(new FileChange("/etc", FileChange.Kind.MODIFIED),
                new FileChange("/etc/new", FileChange.Kind.ADDED), new FileChange("/bin/gone", FileChange.Kind.DELETED)));
        String r = call("GET", "/containers/web/changes", null);
        assertEquals(200, status(r), r);
        assertEquals("[{\"Path\":\"/etc\",\"Kind\":0},{\"Path\":\"/etc/new\",\"Kind\":1},{\"Path\":\"/bin/gone\","
                + "\"Kind\":2}]", body(r).toString());
        assertEquals(404, status(call("GET", "/containers/nothere/changes", null)));
    }
}

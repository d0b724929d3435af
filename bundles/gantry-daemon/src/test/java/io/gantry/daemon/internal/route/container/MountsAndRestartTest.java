package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.Mount;
import io.gantry.api.container.RestartPolicy;
import io.gantry.daemon.internal.ApiTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HostConfig.Binds, Mounts, Tmpfs and RestartPolicy on create, and how inspect and list show them. */
class MountsAndRestartTest extends ApiTestBase {
    private static final String CREATE = "{\"Image\":\"busybox\",\"HostConfig\":{"
            + "\"Binds\":[\"/srv/www:/www:ro\",\"cache:/cache\"],"
            + "\"Mounts\":[{\"Type\":\"bind\",\"Source\":\"/srv/logs\",\"Target\":\"/logs\"},"
            + "{\"Type\":\"tmpfs\",\"Target\":\"/scratch\",\"ReadOnly\":true}],"
            + "\"Tmpfs\":{\"/run\":\"size=64m\"},"
            + "\"RestartPolicy\":{\"Name\":\"on-failure\",\"MaximumRetryCount\":2}}}";

    @Test
    void createMapsEveryMountInOrderAndThePolicy() throws Exception {
        assertEquals(201, status(call("POST", "/containers/create?name=web", CREATE)));
        ContainerConfig config = containers.created.get(0);
        assertEquals(List.of(Mount.bind("/srv/www", "/www", true), new Mount(Mount.Type.VOLUME, "cache", "/cache", false),
                Mount.bind("/srv/logs", "/logs", false), new Mount(Mount.Type.TMPFS, null, "/scratch", true),
                new Mount(Mount.Type.TMPFS, null, "/run", false, 64L << 20, null)), config.mounts());
        assertEquals(new RestartPolicy("on-failure", 2), config.restartPolicy());
    }

    @Test
    void inspectEchoesBindsTmpfsAndPolicyAndListsMountsInDockersShape() throws Exception {
        volumes.add("cache");
        call("POST", "/containers/create?name=web", CREATE);
        JsonNode inspect = body(call("GET", "/containers/web/json", null));
        JsonNode host = inspect.get("HostConfig");
        assertEquals("[\"/srv/www:/www:ro\",\"cache:/cache\",\"/srv/logs:/logs\"]", host.get("Binds").toString());
        assertEquals("{\"/scratch\":\"ro\",\"/run\":\"size=67108864\"}", host.get("Tmpfs").toString());
        assertEquals("{\"Name\":\"on-failure\",\"MaximumRetryCount\":2}", host.get("RestartPolicy").toString());
        JsonNode mounts = inspect.get("Mounts");
        assertEquals("{\"Type\":\"bind\",\"Source\":\"/srv/www\",\"Destination\":\"/www\",\"Mode\":\"ro\","
                + "\"RW\":false,\"Propagation\":\"rprivate\"}", mounts.get(0).toString());
        assertEquals("{\"Type\":\"volume\",\"Name\":\"cache\",\"Source\":\"/var/lib/gantry/volumes/cache/_data\","
                + "\"Destination\":\"/cache\",\"Driver\":\"local\",\"Mode\":\"z\",\"RW\":true,\"Propagation\":\"\"}",
                mounts.get(1).toString());
        assertEquals("{\"Type\":\"tmpfs\",\"Source\":\"\",\"Destination\":\"/run\",\"Mode\":\"\",\"RW\":true,"
                + "\"Propagation\":\"\"}", mounts.get(4).toString());
        assertEquals(mounts, body(call("GET", "/containers/json?all=1", null)).get(0).get("Mounts"));
    }

    @Test
    void tmpfsSizeAndModeComeFromTmpfsOptionsAndFromMounts() throws Exception {
        assertEquals(201, status(call("POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{"
                + "\"Tmpfs\":{\"/a\":\"rw,noexec,nosuid,size=1g,mode=755\"},\"Mounts\":[{\"Type\":\"tmpfs\","
                + "\"Target\":\"/b\",\"TmpfsOptions\":{\"SizeBytes\":65536,\"Mode\":1023}}]}}")));
        assertEquals(List.of(new Mount(Mount.Type.TMPFS, null, "/b", false, 65536L, 01777),
                new Mount(Mount.Type.TMPFS, null, "/a", false, 1L << 30, 0755)), containers.created.get(0).mounts());
    }

    @Test
    void withoutMountsOrPolicyInspectShowsEmptyBindsAndNo() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        JsonNode inspect = body(call("GET", "/containers/web/json", null));
        assertEquals("[]", inspect.get("HostConfig").get("Binds").toString());
        assertEquals("{\"Name\":\"no\",\"MaximumRetryCount\":0}", inspect.get("HostConfig").get("RestartPolicy").toString());
        assertEquals("[]", inspect.get("Mounts").toString());
    }

    @Test
    void badPoliciesAndMountsAre400WithTheReasonAndCreateNothing() throws Exception {
        assertEquals("invalid restart policy 'sometimes': it must be one of [no, always, unless-stopped, on-failure]",
                refusedCreate("\"RestartPolicy\":{\"Name\":\"sometimes\"}"));
        assertEquals("invalid restart policy: maximum retry count can only be used with 'on-failure', not 'always'",
                refusedCreate("\"RestartPolicy\":{\"Name\":\"always\",\"MaximumRetryCount\":3}"));
        assertEquals("invalid restart policy: maximum retry count -1 cannot be negative",
                refusedCreate("\"RestartPolicy\":{\"Name\":\"on-failure\",\"MaximumRetryCount\":-1}"));
        assertEquals("can't create 'AutoRemove' container with restart policy 'always'",
                refusedCreate("\"AutoRemove\":true,\"RestartPolicy\":{\"Name\":\"always\"}"));
        assertEquals("invalid volume specification: '/a:/b:c:d'", refusedCreate("\"Binds\":[\"/a:/b:c:d\"]"));
        assertEquals("field HostConfig.Binds: expected an array of strings, got a string", refusedCreate("\"Binds\":\"/a:/b\""));
        assertEquals("invalid mount config: mount type 'npipe' is not one of bind, volume or tmpfs",
                refusedCreate("\"Mounts\":[{\"Type\":\"npipe\",\"Source\":\"x\",\"Target\":\"/x\"}]"));
        assertEquals("invalid bind mount source 'rel' for /x: it must be an absolute host path",
                refusedCreate("\"Mounts\":[{\"Type\":\"bind\",\"Source\":\"rel\",\"Target\":\"/x\"}]"));
        assertEquals("invalid mount target (none): it must be an absolute path in the container",
                refusedCreate("\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"v\"}]"));
        assertEquals("invalid mount config for type \"tmpfs\": field Source must not be specified",
                refusedCreate("\"Mounts\":[{\"Type\":\"tmpfs\",\"Source\":\"/x\",\"Target\":\"/x\"}]"));
        assertEquals("invalid HostConfig.Mounts: each mount is an object", refusedCreate("\"Mounts\":[\"/a:/b\"]"));
        assertEquals("invalid mount target 'run': it must be an absolute path in the container",
                refusedCreate("\"Tmpfs\":{\"run\":\"\"}"));
        assertEquals("unsupported tmpfs option 'uid=1000' for /run: only size, mode, ro, rw, nosuid, nodev, noexec,"
                + " exec, suid and dev", refusedCreate("\"Tmpfs\":{\"/run\":\"size=1m,uid=1000\"}"));
        assertEquals("invalid tmpfs size '64q' for /run: a number with an optional unit k, m, g or t",
                refusedCreate("\"Tmpfs\":{\"/run\":\"size=64q\"}"));
        assertEquals("invalid tmpfs mode '9' for /run: an octal number such as 1777",
                refusedCreate("\"Tmpfs\":{\"/run\":\"mode=9\"}"));
        assertTrue(containers.created.isEmpty());
    }

    private String refusedCreate(String hostConfig) throws Exception {
        return refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{" + hostConfig + "}}");
    }
}

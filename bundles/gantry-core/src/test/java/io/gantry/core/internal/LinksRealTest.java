package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.ns.net.internal.NetworkNamespaceProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Legacy links (--link) in the /etc/hosts of real busybox containers. */
class LinksRealTest extends RealEngineTest {
    private final AddressingNetworkDriver lab = new AddressingNetworkDriver();

    @BeforeAll
    void start() {
        real.engine.providers.bindNamespaceProvider(new NetworkNamespaceProvider(), Map.of("service.id", 11L));
        real.engine.providers.bindNetworkDriver(lab, Map.of("service.id", 12L));
    }

    @Test
    void aLinksAliasNamesTheLinkedContainerInTheHostsFile() throws Exception {
        Container db = real.run(RealEngine.busybox("sleep", "30").name("links-db")
                .networkMode(AddressingNetworkDriver.NETWORK).ipv4Address("10.99.0.21"));
        Container web = real.runToEnd(RealEngine.script("grep -w database /etc/hosts | grep -v :").name("links-web")
                .networkMode(AddressingNetworkDriver.NETWORK).links(List.of("/links-db:/links-web/database")));
        assertEquals("10.99.0.21\tdatabase\n", real.output(web.id()));
        assertEquals(List.of("links-db:database"), web.config().links());
        real.engine.lifecycle.stop(db.id(), Duration.ZERO);
    }

    @Test
    void aRenamedContainerIsFoundByItsNewNameAndTheLinksToItFollow() throws Exception {
        Container db = real.run(RealEngine.busybox("sleep", "30").name("rn-db")
                .networkMode(AddressingNetworkDriver.NETWORK).ipv4Address("10.99.0.31"));
        Container web = real.run(RealEngine.busybox("sleep", "30").name("rn-web")
                .networkMode(AddressingNetworkDriver.NETWORK).links(List.of("rn-db:database")));
        Path hosts = real.root.resolve("data/containers").resolve(web.id()).resolve("bundle/hosts");
        String ownHosts = Files.readString(real.root.resolve("data/containers").resolve(db.id())
                .resolve("bundle/hosts")).replace("\trn-db\n", "\trn-db2\n");
        real.engine.lifecycle.rename(db.id(), "rn-db2");
        assertEquals(List.of("rn-db2:database"), real.engine.lifecycle.inspect(web.id()).config().links());
        List<String> lines = Files.readAllLines(hosts);
        assertTrue(lines.contains("10.99.0.31\trn-db2") && lines.contains("10.99.0.31\tdatabase"), lines.toString());
        assertFalse(lines.contains("10.99.0.31\trn-db"), lines.toString());
        assertEquals(ownHosts, Files.readString(real.root.resolve("data/containers").resolve(db.id())
                .resolve("bundle/hosts")));
        real.engine.lifecycle.stop(web.id(), Duration.ZERO);
        real.engine.lifecycle.start(web.id());
        assertEquals(ContainerState.RUNNING, real.state(web.id()));
        real.engine.lifecycle.stop(web.id(), Duration.ZERO);
        real.engine.lifecycle.stop(db.id(), Duration.ZERO);
    }

    @Test
    void aLinkByIdIsKeptByName() {
        Container db = real.engine.lifecycle.create(RealEngine.busybox("true").name("links-by-id")
                .networkMode(AddressingNetworkDriver.NETWORK).build());
        Container web = real.engine.lifecycle.create(RealEngine.busybox("true")
                .networkMode(AddressingNetworkDriver.NETWORK).links(List.of(db.id().substring(0, 12))).build());
        assertEquals(List.of("links-by-id:" + db.id().substring(0, 12)), web.config().links());
    }

    @Test
    void aLinkToAContainerThatIsNotRunningFailsTheStart() {
        real.engine.lifecycle.create(RealEngine.busybox("true").name("links-idle")
                .networkMode(AddressingNetworkDriver.NETWORK).build());
        Container web = real.engine.lifecycle.create(RealEngine.busybox("true").name("links-waiting")
                .networkMode(AddressingNetworkDriver.NETWORK).links(List.of("links-idle:db")).build());
        ConflictException e = assertThrows(ConflictException.class, () -> real.engine.lifecycle.start(web.id()));
        assertEquals("Cannot link to a non running container: /links-idle AS /links-waiting/db", e.getMessage());
        assertEquals(ContainerState.CREATED, real.state(web.id()));
    }

    @Test
    void badLinksAreRefusedAtCreateLeavingNothing() {
        int before = real.engine.lifecycle.list(true).size();
        assertEquals("could not get container for ghost: No such container: ghost", refused("ghost:db",
                AddressingNetworkDriver.NETWORK));
        assertEquals("bad format for links: a:b:c", refused("a:b:c", AddressingNetworkDriver.NETWORK));
        assertEquals("conflicting options: network mode host can't be used with links", refused("x", "host"));
        assertEquals(before, real.engine.lifecycle.list(true).size());
    }

    private String refused(String link, String networkMode) {
        return assertThrows(InvalidArgumentException.class, () -> real.engine.lifecycle.create(RealEngine
                .busybox("true").networkMode(networkMode).links(List.of(link)).build())).getMessage();
    }
}

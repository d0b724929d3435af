package io.gantry.cgroup.cpuset.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostCpusetTest {
    @TempDir
    Path sysfs;

    private HostCpuset host(String cpusOnline, String nodesOnline) throws IOException {
        Files.createDirectories(sysfs.resolve("cpu"));
        Files.writeString(sysfs.resolve("cpu/online"), cpusOnline);
        if (nodesOnline != null) {
            Files.createDirectories(sysfs.resolve("node"));
            Files.writeString(sysfs.resolve("node/online"), nodesOnline);
        }
        return new HostCpuset(sysfs);
    }

    @Test
    void acceptsCpusTheHostHasOnline() throws IOException {
        HostCpuset host = host("0-1\n", null);
        assertEquals("0-1", host.checkCpus("0-1"));
        assertEquals("1", host.checkCpus(" 1 "));
        assertNull(host.checkCpus(null));
        assertNull(host.checkCpus(""));
    }

    @Test
    void refusesCpusOutsideTheHostWithDockersMessage() throws IOException {
        HostCpuset host = host("0-1\n", null);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> host.checkCpus("0-7"));
        assertEquals("Requested CPUs are not available - requested 0-7, available: 0-1", e.getMessage());
    }

    @Test
    void aHostWithoutNodeOnlineHasNodeZeroOnly() throws IOException {
        HostCpuset host = host("0-1\n", null);
        assertEquals("0", host.checkMems("0"));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> host.checkMems("0-1"));
        assertEquals("Requested memory nodes are not available - requested 0-1, available: 0", e.getMessage());
    }

    @Test
    void readsTheHostsMemoryNodes() throws IOException {
        HostCpuset host = host("0-3,8-11\n", "0-1,3\n");
        assertEquals("1,3", host.checkMems("1,3"));
        assertEquals("8-11", host.checkCpus("8-11"));
        assertThrows(InvalidArgumentException.class, () -> host.checkMems("2"));
        assertThrows(InvalidArgumentException.class, () -> host.checkCpus("4"));
    }

    @Test
    void badSyntaxNamesTheValueAndTheField() throws IOException {
        HostCpuset host = host("0-1\n", null);
        assertEquals("invalid value \"x\" for cpuset cpus",
                assertThrows(InvalidArgumentException.class, () -> host.checkCpus("x")).getMessage());
        assertEquals("invalid value \"0,\" for cpuset mems",
                assertThrows(InvalidArgumentException.class, () -> host.checkMems("0,")).getMessage());
    }
}

package io.gantry.shell.internal.system;

import static io.gantry.shell.internal.TableRows.cells;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.system.ProviderInfo;
import io.gantry.api.system.SystemInfo;
import io.gantry.shell.internal.CapturedConsole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InfoCommandTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void printsFactsThenProvidersSortedByKindNameAndRanking() {
        List<ProviderInfo> providers = List.of(
                new ProviderInfo("storage", "vfs", "io.gantry.storage.vfs", "0.1.0", 0, true),
                new ProviderInfo("runtime", "runc", "io.gantry.runtime.oci", "0.1.0", 0, false),
                new ProviderInfo("runtime", "runc", "com.example.runc", "2.0.0", 10, true));
        InfoCommand info = new InfoCommand();
        info.system = () -> new SystemInfo("0.1.0", "/var/lib/gantry", "/run/gantry", "v1", "runc", "overlay", "bridge",
                3, 1, 2, providers, "local");
        info.execute();

        List<String> lines = console.out().lines().toList();
        assertEquals(List.of(
                "Version:          0.1.0",
                "Data root:        /var/lib/gantry",
                "Run root:         /run/gantry",
                "Cgroup version:   v1",
                "Default runtime:  runc",
                "Default storage:  overlay",
                "Default network:  bridge",
                "Default logging:  local",
                "Containers:       3 (1 running)",
                "Images:           2",
                ""), lines.subList(0, 11));
        assertEquals(List.of("KIND", "NAME", "BUNDLE", "VERSION", "RANKING", "ACTIVE"), cells(lines.get(11)));
        assertEquals(List.of("runtime", "runc", "com.example.runc", "2.0.0", "10", "yes"), cells(lines.get(13)));
        assertEquals(List.of("runtime", "runc", "io.gantry.runtime.oci", "0.1.0", "0", "no"), cells(lines.get(14)));
        assertEquals(List.of("storage", "vfs", "io.gantry.storage.vfs", "0.1.0", "0", "yes"), cells(lines.get(15)));
        assertEquals(16, lines.size());
    }

    @Test
    void saysSoWhenNoProviderIsInstalled() {
        InfoCommand info = new InfoCommand();
        info.system = () -> new SystemInfo("0.1.0", "/d", "/r", "v2", "runc", "vfs", "none", 0, 0, 0, List.of(),
                "json-file");
        info.execute();
        assertEquals("no providers installed", console.out().lines().reduce((a, b) -> b).orElseThrow());
    }
}

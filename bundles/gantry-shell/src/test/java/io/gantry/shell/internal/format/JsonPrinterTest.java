package io.gantry.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.shell.internal.Containers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPrinterTest {
    record Sample(String text, int count, Boolean flag, Object nothing, List<String> items, Map<String, Object> map) {
    }

    @Test
    void printsRecordComponentsInOrderWithSortedMapKeys() {
        Sample sample = new Sample("a \"b\"\\\n\u0001", 3, true, null, List.of("x", "y"), Map.of("z", 1, "a", List.of()));
        assertEquals("""
                {
                    "text": "a \\"b\\"\\\\\\n\\u0001",
                    "count": 3,
                    "flag": true,
                    "nothing": null,
                    "items": [
                        "x",
                        "y"
                    ],
                    "map": {
                        "a": [],
                        "z": 1
                    }
                }""", JsonPrinter.print(sample));
    }

    @Test
    void writesEnumsLowerCaseInstantsInIsoAndNamespaceModesInTheirWireForm() {
        ContainerConfig config = ContainerConfig.builder("busybox").pidMode(NamespaceMode.container("db")).build();
        Container c = Containers.created(Containers.id("ab"), "web", config, Instant.parse("2024-05-01T12:00:00Z"));
        String json = JsonPrinter.print(List.of(c));
        assertTrue(json.startsWith("[\n    {\n        \"id\": \"abab"), json);
        assertTrue(json.contains("\"state\": \"created\""), json);
        assertTrue(json.contains("\"created\": \"2024-05-01T12:00:00Z\""), json);
        assertTrue(json.contains("\"pidMode\": \"container:db\""), json);
        assertTrue(json.contains("\"resources\": {\n                \"memoryBytes\": null,"), json);
        assertTrue(json.contains("\"env\": [],"), json);
        assertTrue(json.endsWith("\n    }\n]"), json);
    }
}

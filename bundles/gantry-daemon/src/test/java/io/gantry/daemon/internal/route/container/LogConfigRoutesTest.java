package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.LogConfig;
import io.gantry.daemon.internal.ApiTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HostConfig.LogConfig through the API: Docker's refusals, inspect's Type, Config and LogPath, logs of none. */
class LogConfigRoutesTest extends ApiTestBase {
    private static String create(String logConfig) {
        return "{\"Image\":\"busybox\",\"HostConfig\":{\"LogConfig\":" + logConfig + "}}";
    }

    private String refusedLogConfig(String logConfig) throws Exception {
        return refused(400, "POST", "/containers/create", create(logConfig));
    }

    @Test
    void unknownDriversOptionsAndBadValuesAreA400InDockersWords() throws Exception {
        assertEquals("logger: no log driver named 'gelf' is registered", refusedLogConfig("{\"Type\":\"gelf\"}"));
        assertEquals("unknown log opt 'max-zise' for json-file log driver",
                refusedLogConfig("{\"Type\":\"json-file\",\"Config\":{\"max-zise\":\"1m\"}}"));
        assertEquals("unknown log opt 'tag' for log driver local",
                refusedLogConfig("{\"Type\":\"local\",\"Config\":{\"tag\":\"x\"}}"));
        assertEquals("invalid max-size 'ten': must be a size such as 10k, 10m or 1g",
                refusedLogConfig("{\"Type\":\"json-file\",\"Config\":{\"max-size\":\"ten\"}}"));
        assertEquals("invalid max-file '-2': max-file cannot be less than 1",
                refusedLogConfig("{\"Type\":\"json-file\",\"Config\":{\"max-size\":\"1m\",\"max-file\":\"-2\"}}"));
        assertTrue(containers.created.isEmpty(), "nothing was created");
    }

    @Test
    void rotationOptionsAreTakenAndInspectShowsThem() throws Exception {
        String r = call("POST", "/containers/create?name=rotating",
                create("{\"Type\":\"json-file\",\"Config\":{\"max-size\":\"10m\",\"max-file\":\"3\"}}"));
        assertEquals(201, status(r), r);
        assertEquals(new LogConfig("json-file", Map.of("max-size", "10m", "max-file", "3")),
                containers.created.get(0).logConfig());
        JsonNode inspect = body(call("GET", "/containers/rotating/json", null));
        JsonNode log = inspect.get("HostConfig").get("LogConfig");
        assertEquals("json-file", log.get("Type").asText());
        assertEquals(Map.of("max-size", "10m", "max-file", "3"), json.convertValue(log.get("Config"), Map.class));
        assertEquals(containers.inspect("rotating").logPath(), inspect.get("LogPath").asText());
    }

    @Test
    void noDriverAndNoOptionLeaveTheChoiceToTheEngine() throws Exception {
        assertEquals(201, status(call("POST", "/containers/create", create("{\"Type\":\"\",\"Config\":{}}"))));
        assertNull(containers.created.get(0).logConfig());
        String r = call("POST", "/containers/create", create("{\"Type\":\"\",\"Config\":{\"max-size\":\"1m\"}}"));
        assertEquals(201, status(r), r);
        assertEquals(new LogConfig("", Map.of("max-size", "1m")), containers.created.get(1).logConfig());
    }

    @Test
    void aContainerWithNoneHasNoLogPathAndItsLogsAre501() throws Exception {
        call("POST", "/containers/create?name=quiet", create("{\"Type\":\"none\",\"Config\":{}}"));
        JsonNode inspect = body(call("GET", "/containers/quiet/json", null));
        assertEquals("none", inspect.get("HostConfig").get("LogConfig").get("Type").asText());
        assertEquals("", inspect.get("LogPath").asText());
        assertEquals("configured logging driver does not support reading",
                refused(501, "GET", "/containers/quiet/logs?stdout=1", null));
    }

    @Test
    void infoNamesTheEnginesDefaultDriverAndListsAll() throws Exception {
        JsonNode info = body(call("GET", "/info", null));
        assertEquals("json-file", info.get("LoggingDriver").asText());
        assertEquals("[\"json-file\",\"local\",\"k8s-file\",\"none\"]", info.get("Plugins").get("Log").toString());
    }
}

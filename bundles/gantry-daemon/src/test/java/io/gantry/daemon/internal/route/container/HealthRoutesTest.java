package io.gantry.daemon.internal.route.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.health.Health;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.container.health.HealthResult;
import io.gantry.api.container.health.HealthStatus;
import io.gantry.api.image.ImageConfig;
import io.gantry.daemon.internal.ApiTestBase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Health checks through the API: the create body's Healthcheck, inspect's shapes, ps's status and the filter. */
class HealthRoutesTest extends ApiTestBase {
    private static final Instant START = Instant.parse("2024-05-01T10:00:00.123456789Z");

    @Test
    void theCreateBodysHealthcheckIsReadInNanoseconds() throws Exception {
        String r = call("POST", "/containers/create?name=db", "{\"Image\":\"busybox\",\"Healthcheck\":{\"Test\":"
                + "[\"CMD-SHELL\",\"pg_isready\"],\"Interval\":1000000000,\"Timeout\":500000000,\"StartPeriod\":0,"
                + "\"Retries\":5,\"StartInterval\":0}}");
        assertEquals(201, status(r), r);
        assertEquals(new HealthConfig(List.of("CMD-SHELL", "pg_isready"), Duration.ofSeconds(1),
                Duration.ofMillis(500), null, 5), containers.created.get(0).healthcheck());

        call("POST", "/containers/create?name=off", "{\"Image\":\"busybox\",\"Healthcheck\":{\"Test\":[\"NONE\"]}}");
        assertEquals(HealthConfig.none(), containers.created.get(1).healthcheck());
        call("POST", "/containers/create?name=plain", "{\"Image\":\"busybox\",\"Healthcheck\":null}");
        assertNull(containers.created.get(2).healthcheck(), "no Healthcheck: the image's");
    }

    @Test
    void badHealthcheckValuesAreRefusedWithDockersWords() throws Exception {
        assertEquals("Interval in Healthcheck cannot be less than 1ms", refused(400, "POST", "/containers/create",
                "{\"Image\":\"busybox\",\"Healthcheck\":{\"Test\":[\"CMD\",\"true\"],\"Interval\":999}}"));
        assertEquals("Timeout in Healthcheck cannot be less than 1ms", refused(400, "POST", "/containers/create",
                "{\"Image\":\"busybox\",\"Healthcheck\":{\"Timeout\":-1}}"));
        assertEquals("Retries in Healthcheck cannot be negative", refused(400, "POST", "/containers/create",
                "{\"Image\":\"busybox\",\"Healthcheck\":{\"Retries\":-2}}"));
        assertTrue(refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"Healthcheck\":{\"Test\":"
                + "\"CMD true\"}}").contains("Healthcheck.Test"), "Test is an array of strings");
        assertTrue(containers.created.isEmpty());
    }

    @Test
    void inspectShowsTheCheckInConfigAndTheHealthInState() throws Exception {
        call("POST", "/containers/create?name=db", "{\"Image\":\"busybox\",\"Healthcheck\":{\"Test\":"
                + "[\"CMD\",\"true\"],\"Interval\":2000000000,\"Retries\":2}}");
        JsonNode created = body(call("GET", "/containers/db/json", null));
        assertEquals("{\"Test\":[\"CMD\",\"true\"],\"Interval\":2000000000,\"Retries\":2}",
                created.get("Config").get("Healthcheck").toString());
        assertFalse(created.get("State").has("Health"), "no health before it starts, as in Docker");

        healthy("db");
        JsonNode health = body(call("GET", "/containers/db/json", null)).get("State").get("Health");
        assertEquals("{\"Status\":\"healthy\",\"FailingStreak\":0,\"Log\":[{\"Start\":\"2024-05-01T10:00:00"
                + ".123456789Z\",\"End\":\"2024-05-01T10:00:01.123456789Z\",\"ExitCode\":0,\"Output\":\"ok\\n\"}]}",
                health.toString());
        call("POST", "/containers/create?name=plain", "{\"Image\":\"busybox\"}");
        assertFalse(body(call("GET", "/containers/plain/json", null)).get("Config").has("Healthcheck"));
    }

    @Test
    void theListsStatusShowsTheHealthOfRunningContainers() throws Exception {
        call("POST", "/containers/create?name=db", "{\"Image\":\"busybox\"}");
        healthy("db");
        assertTrue(listed("db").get("Status").asText().matches("Up .* \\(healthy\\)"), listed("db").toString());
        withHealth("db", new Health(HealthStatus.STARTING, 0, List.of()));
        assertTrue(listed("db").get("Status").asText().endsWith(" (health: starting)"), listed("db").toString());
        withHealth("db", new Health(HealthStatus.UNHEALTHY, 3, List.of()));
        assertTrue(listed("db").get("Status").asText().endsWith(" (unhealthy)"), listed("db").toString());
        containers.setState("db", ContainerState.PAUSED);
        withHealth("db", new Health(HealthStatus.UNHEALTHY, 3, List.of()));
        assertTrue(listed("db").get("Status").asText().endsWith(" (Paused)"), "paused: no health shown");
    }

    @Test
    void theHealthFilterTakesDockersFourValues() throws Exception {
        for (String name : List.of("good", "bad", "early", "none")) {
            call("POST", "/containers/create?name=" + name, "{\"Image\":\"busybox\"}");
            containers.setState(name, ContainerState.RUNNING);
        }
        healthy("good");
        withHealth("bad", new Health(HealthStatus.UNHEALTHY, 3, List.of()));
        withHealth("early", new Health(HealthStatus.STARTING, 0, List.of()));
        assertEquals(List.of("/good"), names("{\"health\":[\"healthy\"]}"));
        assertEquals(List.of("/bad"), names("{\"health\":[\"unhealthy\"]}"));
        assertEquals(List.of("/early"), names("{\"health\":[\"starting\"]}"));
        assertEquals(List.of("/none"), names("{\"health\":[\"none\"]}"));
        assertEquals(List.of("/good", "/bad"), names("{\"health\":[\"healthy\",\"unhealthy\"]}"));
        assertEquals("Unrecognised filter value for health: fine", refused(400, "GET",
                "/containers/json?filters=" + encode("{\"health\":[\"fine\"]}"), null));
    }

    @Test
    void imageInspectShowsTheImagesHealthcheck() throws Exception {
        images.add("pg:1", new ImageConfig(List.of("PATH=/bin"), null, List.of("postgres"), null, null, Map.of(), null,
                List.of(), List.of(), new HealthConfig(HealthConfig.shellTest("pg_isready"), Duration.ofSeconds(5),
                        null, Duration.ofSeconds(30), null)));
        JsonNode config = body(call("GET", "/images/pg:1/json", null)).get("Config");
        assertEquals("{\"Test\":[\"CMD-SHELL\",\"pg_isready\"],\"Interval\":5000000000,\"StartPeriod\":30000000000}",
                config.get("Healthcheck").toString());
        List<String> fields = list(config.fieldNames());
        assertEquals(fields.indexOf("Cmd") + 1, fields.indexOf("Healthcheck"), "after Cmd, as in dockerd: " + fields);
    }

    private void healthy(String name) {
        containers.setState(name, ContainerState.RUNNING);
        withHealth(name, new Health(HealthStatus.HEALTHY, 0, List.of(new HealthResult(START, START.plusSeconds(1), 0,
                "ok\n"))));
    }

    private void withHealth(String name, Health health) {
        Container c = containers.inspect(name);
        containers.add(c.withHealth(health));
    }

    private JsonNode listed(String name) throws Exception {
        for (JsonNode c : body(call("GET", "/containers/json?all=1", null))) {
            if (c.get("Names").get(0).asText().equals("/" + name)) {
                return c;
            }
        }
        throw new AssertionError("no container " + name + " in the list");
    }

    private List<String> names(String filters) throws Exception {
        String r = call("GET", "/containers/json?filters=" + encode(filters), null);
        assertEquals(200, status(r), r);
        return body(r).findValues("Names").stream().map(n -> n.get(0).asText()).toList();
    }

    private static <T> List<T> list(Iterator<T> items) {
        List<T> out = new ArrayList<>();
        items.forEachRemaining(out::add);
        return out;
    }

    private static String encode(String filters) {
        return URLEncoder.encode(filters, StandardCharsets.UTF_8);
    }
}

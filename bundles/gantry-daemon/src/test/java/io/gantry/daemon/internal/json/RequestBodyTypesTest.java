package io.gantry.daemon.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.daemon.internal.ApiTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every known body field must have dockerd's JSON type; a mistyped one is a 400 that creates nothing. */
class RequestBodyTypesTest extends ApiTestBase {
    @Test
    void createFieldsOfTheWrongTypeAre400NamingFieldAndType() throws Exception {
        assertEquals("field Env: expected an array of strings, got a string",
                refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"Env\":\"A=B\"}"));
        assertEquals("field Labels: expected an object of strings, got an array of strings",
                refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"Labels\":[\"a\"]}"));
        assertEquals("field Image: expected a string, got a number",
                refused(400, "POST", "/containers/create", "{\"Image\":123}"));
        assertEquals("field HostConfig.Memory: expected an integer, got a string",
                refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{\"Memory\":\"lots\"}}"));
        assertEquals("field HostConfig: expected an object, got an array",
                refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":[]}"));
        assertEquals("field StopTimeout: expected an integer, got a fraction",
                refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"StopTimeout\":1.5}"));
        assertEquals("field Tty: expected a boolean, got a string",
                refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"Tty\":\"yes\"}"));
        assertEquals("field HostConfig.RestartPolicy.MaximumRetryCount: expected an integer, got a string",
                refused(400, "POST", "/containers/create",
                        "{\"Image\":\"busybox\",\"HostConfig\":{\"RestartPolicy\":{\"MaximumRetryCount\":\"3\"}}}"));
        assertEquals("field ExposedPorts: expected an object, got a string", refused(400, "POST",
                "/containers/create", "{\"Image\":\"busybox\",\"ExposedPorts\":\"80/tcp\"}"),
                "fields the daemon ignores are still checked");
        assertEquals("field Env: expected an array of strings, got an array with an item that is not a string",
                refused(400, "POST", "/containers/create", "{\"Image\":\"busybox\",\"Env\":[\"A=B\",1]}"));
        assertTrue(containers.created.isEmpty(), "no container was made");
    }

    @Test
    void nullsUnknownFieldsAndSingleStringCommandsAreAccepted() throws Exception {
        String r = call("POST", "/containers/create", "{\"Image\":\"busybox\",\"Cmd\":\"true\",\"Entrypoint\":null,"
                + "\"Env\":null,\"Colour\":[1],\"HostConfig\":{\"Memory\":null,\"Turbo\":true}}");
        assertEquals(201, status(r), r);
        assertEquals(List.of("true"), containers.created.get(0).cmd());
    }

    @Test
    void updateAndExecBodiesAreCheckedToo() throws Exception {
        call("POST", "/containers/create?name=web", "{\"Image\":\"busybox\"}");
        assertEquals("field Memory: expected an integer, got a string",
                refused(400, "POST", "/containers/web/update", "{\"Memory\":\"lots\"}"));
        assertEquals("invalid request body: expected a JSON object, got array",
                refused(400, "POST", "/containers/web/update", "[]"));
        assertEquals("field Cmd: expected an array of strings, got a number",
                refused(400, "POST", "/containers/web/exec", "{\"Cmd\":42}"));
        assertEquals("field AttachStdout: expected a boolean, got a number",
                refused(400, "POST", "/containers/web/exec", "{\"Cmd\":[\"true\"],\"AttachStdout\":1}"));
        assertTrue(exec.execs.isEmpty());
        String id = body(call("POST", "/containers/web/exec", "{\"Cmd\":[\"true\"]}")).get("Id").asText();
        assertEquals("field Detach: expected a boolean, got a string",
                refused(400, "POST", "/exec/" + id + "/start", "{\"Detach\":\"yes\"}"));
        assertFalse(exec.inspectExec(id).running());
    }

    @Test
    void jsonErrorsAreShortAndNameNoLibrary() throws Exception {
        assertEquals("invalid JSON in request body: unexpected character '}' at line 1 column 9",
                refused(400, "POST", "/containers/create", "{\"Image\"}"));
        assertEquals("invalid JSON in request body: unexpected end of input at line 1 column 20",
                refused(400, "POST", "/containers/create", "{\"Image\": \"busybox\""));
        assertEquals("invalid JSON in request body: unrecognized word 'Image' at line 1 column 1",
                refused(400, "POST", "/containers/create", "Image=busybox"));
        assertEquals("request body nesting is too deep",
                refused(400, "POST", "/containers/create", "[".repeat(100_000)));
        assertEquals("invalid request body: expected a JSON object, got null",
                refused(400, "POST", "/containers/create", "null"));
        assertTrue(containers.created.isEmpty());
    }
}

package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.itests.DockerCli.Cli;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The swarm calls of the docker CLI and of raw HTTP get dockerd's answers for a node outside any swarm. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerSwarmIT extends DockerCliTestSupport {
    private static final String NOT_A_MANAGER = "This node is not a swarm manager. Use \"docker swarm init\" or"
            + " \"docker swarm join\" to connect this node to swarm and try again.";

    @Test
    public void theDockerCliPrintsDockersMessages() throws Exception {
        for (List<String> command : List.of(List.of("swarm", "ca"), List.of("node", "ls"), List.of("service", "ls"),
                List.of("secret", "ls"), List.of("config", "ls"), List.of("swarm", "unlock-key"))) {
            Cli refused = docker(command.toArray(String[]::new));
            assertNotEquals(refused.output(), 0, refused.exit());
            String expected = (command.get(1).equals("unlock-key") ? "could not fetch unlock key: " : "")
                    + "Error response from daemon: " + NOT_A_MANAGER;
            assertEquals(String.join(" ", command), expected, refused.output().strip());
        }
        Cli leave = docker("swarm", "leave", "--force");
        assertNotEquals(0, leave.exit());
        assertEquals("Error response from daemon: This node is not part of a swarm", leave.output().strip());
        assertEquals("inactive", docker("info", "--format", "{{.Swarm.LocalNodeState}}").output().strip());
    }

    @Test
    public void rawHttpGets503WithTheMessage() throws Exception {
        for (String target : List.of("/v1.41/swarm", "/v1.41/nodes", "/v1.41/services", "/tasks", "/v1.41/secrets",
                "/v1.41/configs")) {
            assertEquals(target, "503 {\"message\":\"" + NOT_A_MANAGER.replace("\"", "\\\"") + "\"}", curl("GET",
                    target));
        }
        assertEquals("503 {\"message\":\"This node is not part of a swarm\"}", curl("POST", "/v1.41/swarm/leave"));
        String info = curl("GET", "/v1.41/info");
        assertTrue(info, info.startsWith("200 ") && info.contains("\"Swarm\":{\"NodeID\":\"\",\"NodeAddr\":\"\","
                + "\"LocalNodeState\":\"inactive\",\"ControlAvailable\":false,\"Error\":\"\",\"RemoteManagers\":null}"));
    }

    /** The status code and the body, as curl gets them over the engine's socket. */
    private String curl(String method, String target) throws Exception {
        Cli answer = cli.withInput(List.of("curl", "-s", "-X", method, "--unix-socket",
                System.getProperty("gantry.it.runRoot") + "/gantry.sock", "-w", "\\n%{http_code}",
                "http://localhost" + target), null, true);
        assertEquals(answer.output(), 0, answer.exit());
        String output = answer.output().strip();
        int lastLine = output.lastIndexOf('\n');
        return output.substring(lastLine + 1) + " " + output.substring(0, lastLine);
    }
}

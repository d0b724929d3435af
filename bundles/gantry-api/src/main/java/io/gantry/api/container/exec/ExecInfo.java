package io.gantry.api.container.exec;

/**
 * An exec session, as `docker exec` inspect shows it.
 *
 * @param pid host pid of the process while it runs, else 0
 * @param exitCode null until the process has ended
 */
public record ExecInfo(String id, String containerId, ExecConfig config, boolean running, int pid,
        Integer exitCode) {
}

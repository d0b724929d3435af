package io.gantry.core.internal.supervision;

import io.gantry.api.container.RestartPolicy;
import io.gantry.core.internal.state.ContainerRecord;

/** Docker's rules for which ended containers start again. */
final class RestartPolicies {
    private RestartPolicies() {
    }

    /** After the container's process ended on its own, or was killed; a stop is never restarted. */
    static boolean restartsAfterExit(ContainerRecord record) {
        RestartPolicy policy = record.config.restartPolicy();
        if (record.manuallyStopped) {
            return false;
        }
        return switch (policy.name()) {
            case "always", "unless-stopped" -> true;
            case "on-failure" -> record.exitCode != null && record.exitCode != 0
                    && (policy.maximumRetryCount() == 0 || record.restartCount < policy.maximumRetryCount());
            default -> false;
        };
    }

    /** When the engine starts: always, and unless-stopped if the user did not stop it. */
    static boolean restartsWithEngine(ContainerRecord record) {
        RestartPolicy policy = record.config.restartPolicy();
        return switch (policy.name()) {
            case "always" -> true;
            case "unless-stopped" -> !record.manuallyStopped;
            default -> false;
        };
    }
}

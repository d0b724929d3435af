package io.gantry.core.internal.exec;

import io.gantry.api.container.attach.ConsoleSize;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.api.oci.Box;
import io.gantry.api.oci.Capabilities;
import io.gantry.api.oci.Process;
import io.gantry.api.oci.Spec;
import io.gantry.core.internal.spec.AllCapabilities;
import io.gantry.core.internal.spec.UserResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The process spec of an exec: the container's process settings with the exec's own on top. */
final class ExecProcessSpec {
    private ExecProcessSpec() {
    }

    /** @param size the terminal's size at the start, or null */
    static Process build(Spec container, ExecConfig exec, ConsoleSize size) {
        Process base = container.process;
        Process process = new Process();
        process.args = new ArrayList<>(exec.cmd());
        process.env = env(base.env, exec.env());
        process.cwd = exec.workingDir() != null && !exec.workingDir().isEmpty() ? exec.workingDir() : base.cwd;
        process.user = exec.user() != null && !exec.user().isEmpty()
                ? UserResolver.resolve(exec.user(), Path.of(container.root.path)) : base.user;
        process.terminal = exec.tty();
        if (exec.tty() && size != null && size.height() > 0 && size.width() > 0) {
            process.consoleSize = new Box(size.height(), size.width());
        }
        process.capabilities = exec.privileged() ? Capabilities.of(AllCapabilities.onHost()) : base.capabilities;
        process.rlimits = base.rlimits;
        process.noNewPrivileges = base.noNewPrivileges;
        process.apparmorProfile = base.apparmorProfile;
        process.oomScoreAdj = base.oomScoreAdj;
        return process;
    }

    /** The container's variables, each replaced by the exec's of the same name; a bare name removes it. */
    private static List<String> env(List<String> container, List<String> exec) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (String entry : container) {
            int eq = entry.indexOf('=');
            merged.put(eq < 0 ? entry : entry.substring(0, eq), entry);
        }
        for (String entry : exec) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                merged.remove(entry);
            } else {
                merged.put(entry.substring(0, eq), entry);
            }
        }
        return new ArrayList<>(merged.values());
    }
}

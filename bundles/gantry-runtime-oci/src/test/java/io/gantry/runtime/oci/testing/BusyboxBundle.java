package io.gantry.runtime.oci.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import io.gantry.testkit.BusyboxRootfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An OCI bundle whose root file system is a {@link BusyboxRootfs}. */
public final class BusyboxBundle {
    private BusyboxBundle() {
    }

    /**
     * Writes {@code dir/rootfs} and {@code dir/config.json} with private pid, mount, ipc, uts and network
     * namespaces and /proc mounted.
     *
     * @param cgroupsPath linux.cgroupsPath, or null to leave it to the runtime
     */
    public static Path create(Path dir, List<String> args, String cgroupsPath) throws IOException {
        BusyboxRootfs.fromHost().writeTo(dir.resolve("rootfs"));
        Spec spec = new Spec();
        spec.process.args.addAll(args);
        spec.process.env.add("PATH=/bin");
        for (String type : List.of("pid", "mount", "ipc", "uts", "network")) {
            spec.linux.putNamespace(new LinuxNamespace(type, null));
        }
        spec.linux.cgroupsPath = cgroupsPath;
        spec.putMount(new Mount("/proc", "proc", "proc", List.of()));
        new ObjectMapper().writeValue(dir.resolve("config.json").toFile(), spec);
        return dir;
    }
}

package io.gantry.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.oci.LinuxNamespace;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** An OCI bundle, config.json beside a {@link BusyboxRootfs}, as a runtime or a shim takes it. */
public final class BusyboxBundle {
    private static final ObjectMapper JSON = TestJson.MAPPER;

    private BusyboxBundle() {
    }

    /**
     * The spec of a busybox container running {@code args} with PATH=/bin, private pid, mount, ipc, uts and network
     * namespaces and /proc mounted.
     *
     * @param cgroupsPath linux.cgroupsPath, or null to leave it to the runtime
     */
    public static Spec spec(List<String> args, String cgroupsPath) {
        Spec spec = new Spec();
        spec.process.args.addAll(args);
        spec.process.env.add("PATH=/bin");
        for (String type : List.of("pid", "mount", "ipc", "uts", "network")) {
            spec.linux.putNamespace(new LinuxNamespace(type, null));
        }
        spec.linux.cgroupsPath = cgroupsPath;
        spec.putMount(new Mount("/proc", "proc", "proc", List.of()));
        return spec;
    }

    /** Gives the process a terminal, and the container a /dev with a devpts of its own, which a terminal needs. */
    public static Spec withTerminal(Spec spec) {
        spec.process.terminal = true;
        spec.putMount(new Mount("/dev", "tmpfs", "tmpfs", List.of("nosuid", "mode=755", "size=64k")));
        spec.putMount(new Mount("/dev/pts", "devpts", "devpts", List.of("nosuid", "noexec", "newinstance",
                "ptmxmode=0666", "mode=0620")));
        return spec;
    }

    /** Writes {@code dir/rootfs} and {@code dir/config.json}; returns {@code dir}. */
    public static Path write(Path dir, Spec spec) {
        BusyboxRootfs.fromHost().writeTo(dir.resolve("rootfs"));
        try {
            JSON.writeValue(dir.resolve("config.json").toFile(), spec);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve("config.json"), e);
        }
        return dir;
    }

    /** {@link #write} of {@link #spec}. */
    public static Path create(Path dir, List<String> args, String cgroupsPath) {
        return write(dir, spec(args, cgroupsPath));
    }
}

package io.gantry.api.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.gantry.api.network.PortBinding;
import java.util.List;
import java.util.Map;

/**
 * What the user asked for when creating a container. Null fields take the image's or the engine's
 * default. Build one with {@link #builder(String)}.
 *
 * @param networkMode {@code none}, {@code host}, {@code container:<name|id>} or the name of a network
 * @param ports the ports published on the host (a driver network only)
 * @param networkAliases more names the container is found by on its network
 * @param mounts bind mounts, volumes and tmpfs mounts, applied in this order over the image's rootfs
 * @param restartPolicy when the engine starts the container again after it ended; never null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerConfig(
        String image,
        String name,
        List<String> entrypoint,
        List<String> cmd,
        List<String> env,
        String workingDir,
        String user,
        String hostname,
        Map<String, String> labels,
        boolean tty,
        boolean openStdin,
        boolean autoRemove,
        String runtime,
        NamespaceMode pidMode,
        NamespaceMode ipcMode,
        NamespaceMode utsMode,
        String networkMode,
        boolean userns,
        Resources resources,
        String stopSignal,
        Integer stopTimeoutSeconds,
        List<PortBinding> ports,
        List<String> networkAliases,
        List<Mount> mounts,
        RestartPolicy restartPolicy) {

    public ContainerConfig {
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        cmd = cmd == null ? null : List.copyOf(cmd);
        env = env == null ? List.of() : List.copyOf(env);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        pidMode = pidMode == null ? NamespaceMode.PRIVATE : pidMode;
        ipcMode = ipcMode == null ? NamespaceMode.PRIVATE : ipcMode;
        utsMode = utsMode == null ? NamespaceMode.PRIVATE : utsMode;
        resources = resources == null ? Resources.NONE : resources;
        ports = ports == null ? List.of() : List.copyOf(ports);
        networkAliases = networkAliases == null ? List.of() : List.copyOf(networkAliases);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
        restartPolicy = restartPolicy == null ? RestartPolicy.NO : restartPolicy;
    }

    public static Builder builder(String image) {
        return new Builder(image);
    }

    public Builder toBuilder() {
        Builder b = new Builder(image);
        b.name = name;
        b.entrypoint = entrypoint;
        b.cmd = cmd;
        b.env = env;
        b.workingDir = workingDir;
        b.user = user;
        b.hostname = hostname;
        b.labels = labels;
        b.tty = tty;
        b.openStdin = openStdin;
        b.autoRemove = autoRemove;
        b.runtime = runtime;
        b.pidMode = pidMode;
        b.ipcMode = ipcMode;
        b.utsMode = utsMode;
        b.networkMode = networkMode;
        b.userns = userns;
        b.resources = resources;
        b.stopSignal = stopSignal;
        b.stopTimeoutSeconds = stopTimeoutSeconds;
        b.ports = ports;
        b.networkAliases = networkAliases;
        b.mounts = mounts;
        b.restartPolicy = restartPolicy;
        return b;
    }

    /** Fluent builder; every setter may be skipped. */
    public static final class Builder {
        private String image;
        private String name;
        private List<String> entrypoint;
        private List<String> cmd;
        private List<String> env;
        private String workingDir;
        private String user;
        private String hostname;
        private Map<String, String> labels;
        private boolean tty;
        private boolean openStdin;
        private boolean autoRemove;
        private String runtime;
        private NamespaceMode pidMode;
        private NamespaceMode ipcMode;
        private NamespaceMode utsMode;
        private String networkMode;
        private boolean userns;
        private Resources resources;
        private String stopSignal;
        private Integer stopTimeoutSeconds;
        private List<PortBinding> ports;
        private List<String> networkAliases;
        private List<Mount> mounts;
        private RestartPolicy restartPolicy;

        private Builder(String image) {
            this.image = image;
        }

        public Builder image(String v) { image = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder entrypoint(List<String> v) { entrypoint = v; return this; }
        public Builder cmd(List<String> v) { cmd = v; return this; }
        public Builder env(List<String> v) { env = v; return this; }
        public Builder workingDir(String v) { workingDir = v; return this; }
        public Builder user(String v) { user = v; return this; }
        public Builder hostname(String v) { hostname = v; return this; }
        public Builder labels(Map<String, String> v) { labels = v; return this; }
        public Builder tty(boolean v) { tty = v; return this; }
        public Builder openStdin(boolean v) { openStdin = v; return this; }
        public Builder autoRemove(boolean v) { autoRemove = v; return this; }
        public Builder runtime(String v) { runtime = v; return this; }
        public Builder pidMode(NamespaceMode v) { pidMode = v; return this; }
        public Builder ipcMode(NamespaceMode v) { ipcMode = v; return this; }
        public Builder utsMode(NamespaceMode v) { utsMode = v; return this; }
        public Builder networkMode(String v) { networkMode = v; return this; }
        public Builder userns(boolean v) { userns = v; return this; }
        public Builder resources(Resources v) { resources = v; return this; }
        public Builder stopSignal(String v) { stopSignal = v; return this; }
        public Builder stopTimeoutSeconds(Integer v) { stopTimeoutSeconds = v; return this; }
        public Builder ports(List<PortBinding> v) { ports = v; return this; }
        public Builder networkAliases(List<String> v) { networkAliases = v; return this; }
        public Builder mounts(List<Mount> v) { mounts = v; return this; }
        public Builder restartPolicy(RestartPolicy v) { restartPolicy = v; return this; }

        public ContainerConfig build() {
            return new ContainerConfig(image, name, entrypoint, cmd, env, workingDir, user, hostname, labels, tty,
                    openStdin, autoRemove, runtime, pidMode, ipcMode, utsMode, networkMode, userns, resources,
                    stopSignal, stopTimeoutSeconds, ports, networkAliases, mounts, restartPolicy);
        }
    }
}

package io.gantry.api.namespace;

/** The seven Linux namespaces, with their OCI names and /proc/PID/ns file names. */
public enum NamespaceType {
    PID("pid", "pid"),
    NET("network", "net"),
    MNT("mount", "mnt"),
    IPC("ipc", "ipc"),
    UTS("uts", "uts"),
    USER("user", "user"),
    CGROUP("cgroup", "cgroup");

    private final String ociName;
    private final String procName;

    NamespaceType(String ociName, String procName) {
        this.ociName = ociName;
        this.procName = procName;
    }

    public String ociName() {
        return ociName;
    }

    /** The path of this namespace of a process: /proc/PID/ns/NAME. */
    public String procPath(int pid) {
        return "/proc/" + pid + "/ns/" + procName;
    }
}

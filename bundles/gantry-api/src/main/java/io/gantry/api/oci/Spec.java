package io.gantry.api.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The root of an OCI runtime config.json. Contributors mutate it in turn while a container is built. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Spec {
    public String ociVersion = "1.0.2";
    public Process process = new Process();
    public Root root = new Root();
    public String hostname;
    public String domainname;
    public List<Mount> mounts = new ArrayList<>();
    public Linux linux = new Linux();
    public Map<String, String> annotations = new LinkedHashMap<>();

    /**
     * Replaces any mount at the same destination, so contributors can override defaults. A mount goes
     * before the mounts beneath it (/dev before /dev/shm), whatever order contributors run in.
     */
    public void putMount(Mount mount) {
        mounts.removeIf(m -> m.destination().equals(mount.destination()));
        String prefix = mount.destination().endsWith("/") ? mount.destination() : mount.destination() + "/";
        int index = 0;
        while (index < mounts.size() && !mounts.get(index).destination().startsWith(prefix)) {
            index++;
        }
        mounts.add(index, mount);
    }
}

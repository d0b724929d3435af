package io.gantry.api.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Linux {
    public List<LinuxNamespace> namespaces = new ArrayList<>();
    public List<IdMapping> uidMappings = new ArrayList<>();
    public List<IdMapping> gidMappings = new ArrayList<>();
    public LinuxResources resources = new LinuxResources();
    public String cgroupsPath;
    public Map<String, String> sysctl = new LinkedHashMap<>();
    public List<String> maskedPaths = new ArrayList<>();
    public List<String> readonlyPaths = new ArrayList<>();
    public List<LinuxDevice> devices = new ArrayList<>();
    public Object seccomp;

    /** Adds a namespace, replacing an earlier entry of the same type. */
    public void putNamespace(LinuxNamespace ns) {
        namespaces.removeIf(n -> n.type().equals(ns.type()));
        namespaces.add(ns);
    }
}

package io.gantry.api.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Process {
    public boolean terminal;
    /** The terminal's size when the process starts (with {@link #terminal}); null: the runtime's default. */
    public Box consoleSize;
    public User user = new User();
    public List<String> args = new ArrayList<>();
    public List<String> env = new ArrayList<>();
    public String cwd = "/";
    public Capabilities capabilities;
    public List<Rlimit> rlimits = new ArrayList<>();
    public boolean noNewPrivileges;
    public String apparmorProfile;
    public Integer oomScoreAdj;
}

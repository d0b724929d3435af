package io.gantry.api.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Capabilities {
    public List<String> bounding = new ArrayList<>();
    public List<String> effective = new ArrayList<>();
    public List<String> permitted = new ArrayList<>();
    public List<String> inheritable;
    public List<String> ambient;

    /** The same capability set in bounding, effective and permitted. */
    public static Capabilities of(List<String> caps) {
        Capabilities c = new Capabilities();
        c.bounding.addAll(caps);
        c.effective.addAll(caps);
        c.permitted.addAll(caps);
        return c;
    }
}

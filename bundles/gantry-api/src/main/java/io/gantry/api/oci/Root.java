package io.gantry.api.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public class Root {
    public String path = "rootfs";
    public boolean readonly;
}

package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An OCI content descriptor: what a manifest says about one blob. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OciDescriptor(String mediaType, String digest, long size) {
}

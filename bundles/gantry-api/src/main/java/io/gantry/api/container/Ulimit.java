package io.gantry.api.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A resource limit of the container's processes, as {@code --ulimit nofile=1024:2048}: name without RLIMIT_. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ulimit(String name, long soft, long hard) {
}

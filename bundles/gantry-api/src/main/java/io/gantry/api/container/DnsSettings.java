package io.gantry.api.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What goes into the container's /etc/resolv.conf, as {@code --dns}, {@code --dns-search}, {@code --dns-option}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DnsSettings(List<String> servers, List<String> search, List<String> options) {
    public static final DnsSettings NONE = new DnsSettings(List.of(), List.of(), List.of());

    public DnsSettings {
        servers = servers == null ? List.of() : List.copyOf(servers);
        search = search == null ? List.of() : List.copyOf(search);
        options = options == null ? List.of() : List.copyOf(options);
    }

    public boolean isEmpty() {
        return servers.isEmpty() && search.isEmpty() && options.isEmpty();
    }
}

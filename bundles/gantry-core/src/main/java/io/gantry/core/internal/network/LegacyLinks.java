package io.gantry.core.internal.network;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Docker's legacy links, {@code --link container:alias}: kept as "name:alias" with the container by its name, they
 * make the alias a name of the linked container in the linking one's /etc/hosts, on whichever of its networks both
 * are.
 */
public final class LegacyLinks {
    /** One link: the linked container and the name it is known by in the linking one. */
    public record Link(String container, String alias) {
    }

    private LegacyLinks() {
    }

    /**
     * Docker's forms: "name", "name:alias" and the inspect form "/name:/linking/alias".
     *
     * @throws InvalidArgumentException for an empty link or more than one colon
     */
    public static Link parse(String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidArgumentException("empty string specified for links");
        }
        String[] parts = value.split(":", -1);
        if (parts.length > 2) {
            throw new InvalidArgumentException("bad format for links: " + value);
        }
        if (parts.length == 1) {
            return new Link(strip(value), strip(value));
        }
        String alias = parts[1].substring(parts[1].lastIndexOf('/') + 1);
        if (parts[0].isEmpty() || alias.isEmpty()) {
            throw new InvalidArgumentException("bad format for links: " + value);
        }
        return new Link(strip(parts[0]), alias);
    }

    /**
     * The links of a new container with each linked container by its name.
     *
     * @throws InvalidArgumentException for a container that does not exist, with Docker's wording
     */
    public static List<String> resolve(ContainerConfig config, ContainerIndex index) {
        if (!config.links().isEmpty() && !NetworkDirectory.isDriverNetwork(config.networkMode())) {
            throw new InvalidArgumentException("conflicting options: network mode " + config.networkMode()
                    + " can't be used with links");
        }
        return byName(config.links(), index);
    }

    /**
     * Links with each linked container by its name, the last of an alias winning.
     *
     * @throws InvalidArgumentException for a container that does not exist, with Docker's wording
     */
    public static List<String> byName(List<String> links, ContainerIndex index) {
        Map<String, String> byAlias = new LinkedHashMap<>();
        for (String value : links) {
            Link link = parse(value);
            try {
                byAlias.put(link.alias(), index.resolve(link.container()).view().name() + ":" + link.alias());
            } catch (NotFoundException e) {
                throw new InvalidArgumentException("could not get container for " + link.container() + ": "
                        + e.getMessage(), e);
            }
        }
        return List.copyOf(byAlias.values());
    }

    /** @throws ConflictException, with Docker's wording, for a linked container that is not running */
    static void checkRunning(String linkingName, List<String> links, ContainerIndex index) {
        for (String value : links) {
            Link link = parse(value);
            ContainerHandle linked;
            try {
                linked = index.resolve(link.container());
            } catch (NotFoundException e) {
                throw new ConflictException("could not get container for " + link.container() + ": "
                        + e.getMessage());
            }
            if (!linked.view().state().isLive()) {
                throw new ConflictException("Cannot link to a non running container: /" + link.container() + " AS /"
                        + linkingName + "/" + link.alias());
            }
        }
    }

    /** @throws ConflictException for a linked container that is on none of the linking one's networks */
    static void checkReachable(PeerHosts peers, List<String> links) {
        for (String value : links) {
            Link link = parse(value);
            if (!peers.ipv4().containsKey(link.container())) {
                throw new ConflictException("Cannot link to /" + link.container()
                        + ", as it does not belong to the networks of the linking container");
            }
        }
    }

    /** {@code peers} with each link's alias as a name of the linked container, where it is one of the peers. */
    static PeerHosts withAliases(PeerHosts peers, List<String> links) {
        if (links.isEmpty()) {
            return peers;
        }
        Map<String, String> v4 = new LinkedHashMap<>(peers.ipv4());
        Map<String, String> v6 = new LinkedHashMap<>(peers.ipv6());
        for (String value : links) {
            Link link = parse(value);
            copy(peers.ipv4(), v4, link);
            copy(peers.ipv6(), v6, link);
        }
        return new PeerHosts(v4, v6);
    }

    private static void copy(Map<String, String> from, Map<String, String> to, Link link) {
        String address = from.get(link.container());
        if (address != null) {
            to.put(link.alias(), address);
        }
    }

    /** {@code links} with the container once named {@code oldName} by {@code newName}; the aliases stay. */
    static List<String> renamed(List<String> links, String oldName, String newName) {
        return links.stream().map(value -> {
            Link link = parse(value);
            return link.container().equals(oldName) ? newName + ":" + link.alias() : value;
        }).toList();
    }

    private static String strip(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }
}

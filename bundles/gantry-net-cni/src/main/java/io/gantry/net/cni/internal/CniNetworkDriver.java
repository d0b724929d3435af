package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.config.EngineRoots;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkSpec;
import io.gantry.api.network.PortBinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "cni" network driver: every CNI network configuration list in the configured folder is a network, and its
 * plugins (binaries from the plugin folders, e.g. Debian's containernetworking-plugins) connect containers to it.
 * Networks come and go with their files, never through create or remove. What each ADD returned is kept under
 * {@code <data.root>/cni}, so that DEL gets it even after a restart or after the file changed.
 */
@Component(name = "io.gantry.net.cni", service = NetworkDriver.class,
        configurationPid = {EngineRoots.PID, "io.gantry.net.cni"}, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class CniNetworkDriver implements NetworkDriver {
    private static final Set<String> PREDEFINED = Set.of("bridge", "host", "none");
    private static final Logger LOG = LoggerFactory.getLogger(CniNetworkDriver.class);
    private static final Pattern CONTAINER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

    private final ConfDirectory confDir;
    private final AttachmentCache cache;
    private final PluginChain chain;

    @Activate
    public CniNetworkDriver(EngineRoots engine, CniConfig config) {
        PluginPath pluginPath = PluginPath.parse(config.plugin_dirs());
        this.confDir = new ConfDirectory(Path.of(config.conf_dir()), pluginPath);
        this.cache = new AttachmentCache(Path.of(engine.data_root(), "cni", "attachments"));
        this.chain = new PluginChain(new PluginExec(pluginPath, Duration.ofSeconds(config.plugin_timeout_seconds())));
    }

    @Override
    public String name() {
        return "cni";
    }

    @Override
    public NetworkInfo create(NetworkSpec spec) {
        throw new InvalidArgumentException("cannot create network " + spec.name() + ": CNI networks are defined by"
                + " conflist files in " + confDir.dir() + "; add " + spec.name() + ".conflist there instead");
    }

    /** A ConflictException, which network prune takes as "keep it" and skips. */
    @Override
    public synchronized void remove(String network) {
        NetworkConfigList list = resolve(network);
        throw new ConflictException("cannot remove network " + list.name() + ": CNI networks are defined by"
                + " conflist files in " + confDir.dir() + "; delete " + list.file() + " instead");
    }

    @Override
    public synchronized List<NetworkInfo> networks() {
        List<CachedAttachment> attachments = cache.all();
        ConfDirectory.Scan scan = confDir.scan();
        List<NetworkInfo> infos = new ArrayList<>(scan.networks().values().stream()
                .map(list -> info(list, attachments)).toList());
        Set<String> named = new HashSet<>(scan.networks().keySet());
        named.addAll(PREDEFINED);
        for (ConfDirectory.Problem problem : scan.problems()) {
            if (problem.name() != null && named.add(problem.name())) {
                infos.add(unusable(problem));
            }
        }
        return infos;
    }

    /** Listed, so that a container asking for it is told what is wrong with its file, not "not found". */
    private static NetworkInfo unusable(ConfDirectory.Problem problem) {
        return new NetworkInfo(NetworkConfigList.idOf(problem.name()), problem.name(), "cni", null, null, false,
                Map.of(), Map.of("conflist", problem.file().toString(), "error", problem.message()), Set.of());
    }

    @Override
    public synchronized NetworkAttachment attach(String containerId, String network, Path netns, EndpointSpec spec) {
        if (containerId == null || !CONTAINER_ID.matcher(containerId).matches()) {
            throw new InvalidArgumentException("invalid container id " + containerId);
        }
        if (netns == null || !Files.exists(netns)) {
            throw new InvalidArgumentException("network namespace " + netns + " does not exist");
        }
        NetworkConfigList list = resolveForAttach(network);
        if (cache.find(containerId, list.name()).isPresent()) {
            throw new ConflictException("container " + containerId + " is already attached to network " + list.name());
        }
        List<PortBinding> ports = PublishedPorts.resolve(spec.ports(), cache.all());
        PluginChain.Target target = new EndpointTarget(list, containerId, netns, spec, ports).target();
        if (spec.ipv4Address() != null && !spec.ipv4Address().isEmpty()) {
            RequestedAddress.check(spec.ipv4Address(), list, cache.all());
        }
        JsonNode result = chain.add(list, target);
        try {
            NetworkAttachment attachment = new CniResult(result, target.ifname()).attachment(list.name(), ports);
            cache.save(new CachedAttachment(containerId, list.name(), target, list.toJson(), result,
                    EndpointTarget.names(spec), ports));
            LOG.info("Attached container {} to CNI network {} as {} ({})", containerId, list.name(), target.ifname(),
                    attachment.ipv4Address());
            return attachment;
        } catch (RuntimeException e) {
            try {
                chain.delete(list, target, result);
            } catch (RuntimeException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    @Override
    public synchronized void detach(String containerId, String network, Path netns) {
        String name = cachedOrListedName(network);
        cache.find(containerId, name).ifPresent(this::delete);
    }

    @Override
    public synchronized void renameEndpoint(String containerId, String network, String oldName, String newName) {
        cache.find(containerId, cachedOrListedName(network)).ifPresent(a -> cache.save(new CachedAttachment(
                a.containerId(), a.network(), a.target(), a.conflist(), a.result(),
                EndpointSpec.renamed(a.names(), oldName, newName), a.ports())));
    }

    @Override
    public synchronized Map<String, String> hostsEntries(String network) {
        String name = cachedOrListedName(network);
        Map<String, String> entries = new LinkedHashMap<>();
        for (CachedAttachment attachment : cache.all()) {
            String ipv4 = attachment.ipv4();
            if (attachment.network().equals(name) && ipv4 != null) {
                attachment.names().forEach(n -> entries.put(n, ipv4));
            }
        }
        return entries;
    }

    @Override
    public synchronized void reconcile(Set<String> liveContainerIds) {
        for (CachedAttachment attachment : cache.all()) {
            if (!liveContainerIds.contains(attachment.containerId())) {
                try {
                    delete(attachment);
                } catch (RuntimeException e) {
                    LOG.warn("Cannot remove container {} from CNI network {}: {}", attachment.containerId(),
                            attachment.network(), e.getMessage());
                }
            }
        }
    }

    /** Runs DEL with what ADD ran with; a namespace that is gone is passed as empty, as the specification allows. */
    private void delete(CachedAttachment attachment) {
        PluginChain.Target target = attachment.target();
        boolean netnsLeft = !target.netns().isEmpty() && Files.exists(Path.of(target.netns()));
        chain.delete(attachment.configList(), netnsLeft ? target : target.withNetns(""), attachment.result());
        cache.delete(attachment.containerId(), attachment.network());
        LOG.info("Detached container {} from CNI network {}", attachment.containerId(), attachment.network());
    }

    private NetworkConfigList resolve(String network) {
        return resolve(confDir.scan().networks(), network);
    }

    private static NetworkConfigList resolve(Map<String, NetworkConfigList> networks, String network) {
        NetworkConfigList byName = networks.get(network);
        if (byName != null) {
            return byName;
        }
        List<NetworkConfigList> byId = networks.values().stream()
                .filter(n -> network.length() >= 6 && n.id().startsWith(network)).toList();
        if (byId.size() != 1) {
            throw new NotFoundException("network " + network + " not found");
        }
        return byId.get(0);
    }

    /** Like resolve, but a network whose file was skipped is a clear error naming the file and its problem. */
    private NetworkConfigList resolveForAttach(String network) {
        ConfDirectory.Scan scan = confDir.scan();
        if (!scan.networks().containsKey(network)) {
            scan.problemOf(network).ifPresent(problem -> {
                throw new FailedPreconditionException("CNI network " + network + " cannot be used: "
                        + problem.file() + ": " + problem.message());
            });
        }
        return resolve(scan.networks(), network);
    }

    /** The name of a listed network, or of one that containers are still attached to after its file went. */
    private String cachedOrListedName(String network) {
        if (cache.all().stream().anyMatch(a -> a.network().equals(network))) {
            return network;
        }
        return resolve(network).name();
    }

    private static NetworkInfo info(NetworkConfigList list, List<CachedAttachment> attachments) {
        var range = HostLocalRange.of(list);
        Set<String> containers = attachments.stream().filter(a -> a.network().equals(list.name()))
                .map(CachedAttachment::containerId).collect(Collectors.toSet());
        return new NetworkInfo(list.id(), list.name(), "cni", range.map(HostLocalRange::subnet).orElse(null),
                range.map(HostLocalRange::gateway).orElse(null), false, Map.of(),
                Map.of("conflist", list.file().toString(), "plugins", String.join(",", list.pluginTypes())),
                containers);
    }
}

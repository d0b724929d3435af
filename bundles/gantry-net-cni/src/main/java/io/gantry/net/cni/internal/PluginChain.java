package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.GantryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a network's plugins for one container: ADD in list order, each plugin getting the previous one's result
 * as prevResult; DEL in reverse order, each getting the final ADD result. An ADD that fails part-way runs DEL for
 * the plugins it ran, the failing one included, so that nothing is left.
 */
final class PluginChain {
    private final PluginExec exec;

    PluginChain(PluginExec exec) {
        this.exec = exec;
    }

    /**
     * Who is attached where: {@code capabilityArgs} are the runtime's values for capabilities (e.g. portMappings),
     * passed as runtimeConfig to the plugins that declare them.
     */
    record Target(String containerId, String netns, String ifname, String cniArgs, Map<String, JsonNode> capabilityArgs) {
        Target {
            capabilityArgs = Map.copyOf(capabilityArgs);
        }

        Target withNetns(String path) {
            return new Target(containerId, path, ifname, cniArgs, capabilityArgs);
        }
    }

    /** @return the result of the last plugin (the attachment's result) */
    JsonNode add(NetworkConfigList list, Target target) {
        JsonNode result = null;
        for (int i = 0; i < list.plugins().size(); i++) {
            try {
                JsonNode output = run("ADD", list, i, target, result);
                result = output != null ? output : result;
            } catch (RuntimeException e) {
                for (String failure : deleteDownFrom(i, list, target, result)) {
                    e.addSuppressed(new GantryException("rolling back: " + failure));
                }
                throw e;
            }
        }
        return result;
    }

    /** @throws GantryException naming every plugin whose DEL failed; the others have run anyway */
    void delete(NetworkConfigList list, Target target, JsonNode result) {
        List<String> failures = deleteDownFrom(list.plugins().size() - 1, list, target, result);
        if (!failures.isEmpty()) {
            throw new GantryException("removing container " + target.containerId() + " from CNI network " + list.name()
                    + " failed: " + String.join("; ", failures));
        }
    }

    private List<String> deleteDownFrom(int last, NetworkConfigList list, Target target, JsonNode result) {
        List<String> failures = new ArrayList<>();
        for (int i = last; i >= 0; i--) {
            try {
                run("DEL", list, i, target, result);
            } catch (RuntimeException e) {
                failures.add(e.getMessage());
            }
        }
        return failures;
    }

    private JsonNode run(String command, NetworkConfigList list, int index, Target target, JsonNode prevResult) {
        ObjectNode runtimeConfig = JsonNodeFactory.instance.objectNode();
        target.capabilityArgs().forEach((capability, value) -> {
            if (list.declares(index, capability)) {
                runtimeConfig.set(capability, value);
            }
        });
        PluginExec.Call call = new PluginExec.Call(command, target.containerId(), target.netns(), target.ifname(),
                target.cniArgs());
        return exec.run(list.pluginTypes().get(index), call, list.pluginInput(index, runtimeConfig, prevResult));
    }
}

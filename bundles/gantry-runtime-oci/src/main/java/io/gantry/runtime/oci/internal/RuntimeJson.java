package io.gantry.runtime.oci.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.GantryException;
import io.gantry.api.oci.LinuxResources;
import io.gantry.api.runtime.RuntimeState;
import io.gantry.runtime.oci.process.RuntimeMapper;
import java.util.List;

/** The JSON a runtime prints (state, ps) and reads (update --resources). */
final class RuntimeJson {
    private static final ObjectMapper json = RuntimeMapper.MAPPER;

    RuntimeState state(String runtime, String id, String stdout) {
        try {
            StateReply reply = json.readValue(stdout, StateReply.class);
            return new RuntimeState(reply.id(), reply.status(), reply.pid(), reply.bundle());
        } catch (JsonProcessingException e) {
            throw new GantryException("runtime " + runtime + " printed an unreadable state for " + id + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** runc prints "null" when no process is left. */
    List<Integer> pids(String runtime, String id, String stdout) {
        try {
            Integer[] pids = json.readValue(stdout, Integer[].class);
            return pids == null ? List.of() : List.of(pids);
        } catch (JsonProcessingException e) {
            throw new GantryException("runtime " + runtime + " printed an unreadable process list for " + id
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    String resources(String id, LinuxResources resources) {
        try {
            return json.writeValueAsString(resources);
        } catch (JsonProcessingException e) {
            throw new GantryException("cannot write the resources of container " + id + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}

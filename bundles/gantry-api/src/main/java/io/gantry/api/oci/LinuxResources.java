package io.gantry.api.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** linux.resources. Each cgroup controller fills its own part; null parts are left out of config.json. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public class LinuxResources {
    public List<DeviceRule> devices = new ArrayList<>();
    public Memory memory;
    public Cpu cpu;
    public Pids pids;
    public Map<String, Object> blockIO;
    public List<Map<String, Object>> hugepageLimits;
    public Map<String, String> unified;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeviceRule(boolean allow, String type, Long major, Long minor, String access) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Memory(Long limit, Long reservation, Long swap, Long kernel, Long swappiness,
            Boolean disableOOMKiller) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cpu(Long shares, Long quota, Long period, Long realtimeRuntime, Long realtimePeriod,
            String cpus, String mems) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pids(long limit) {
    }
}

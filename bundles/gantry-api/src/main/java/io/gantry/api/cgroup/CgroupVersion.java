package io.gantry.api.cgroup;

public enum CgroupVersion { V1, V2 }

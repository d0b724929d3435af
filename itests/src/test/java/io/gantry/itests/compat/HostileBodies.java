package io.gantry.itests.compat;

import static io.gantry.itests.compat.HostileRequest.of;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Malformed, mistyped, incomplete and oversized bodies for the routes that read one. */
final class HostileBodies {
    static final String TARGET = HostileRequestsIT.TARGET;
    static final int TWENTY_MIB = 20 * 1024 * 1024;

    private HostileBodies() {
    }

    static List<HostileRequest> all() {
        return List.of(
                of("truncated JSON", "POST", "/containers/create", "{\"Image\": \"busybox\""),
                of("not JSON at all", "POST", "/containers/create", "Image=busybox"),
                of("a JSON array instead of an object", "POST", "/containers/create", "[{\"Image\":\"busybox\"}]"),
                of("JSON null", "POST", "/containers/create", "null"),
                of("a JSON string", "POST", "/containers/create", "\"busybox\""),
                of("JSON nested 100000 deep", "POST", "/containers/create", "[".repeat(100_000)),
                of("HostConfig.Memory is a word", "POST", "/containers/create",
                        "{\"Image\":\"busybox\",\"HostConfig\":{\"Memory\":\"lots\"}}"),
                of("HostConfig.Memory is negative", "POST", "/containers/create",
                        "{\"Image\":\"busybox\",\"HostConfig\":{\"Memory\":-5}}"),
                of("HostConfig is an array", "POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":[]}"),
                of("Image is a number", "POST", "/containers/create", "{\"Image\":123}"),
                of("Env is a string", "POST", "/containers/create", "{\"Image\":\"busybox\",\"Env\":\"A=B\"}"),
                of("Labels is an array", "POST", "/containers/create", "{\"Image\":\"busybox\",\"Labels\":[\"a\"]}"),
                of("Image missing", "POST", "/containers/create", "{\"Cmd\":[\"true\"]}"),
                of("empty object", "POST", "/containers/create", "{}"),
                of("no body", "POST", "/containers/create"),
                of("Image empty", "POST", "/containers/create", "{\"Image\":\"\"}"),
                of("Image is a path out of the store", "POST", "/containers/create", "{\"Image\":\"../../etc/passwd\"}"),
                of("name climbs out of its folder", "POST", "/containers/create?name=../../x",
                        "{\"Image\":\"busybox\"}"),
                of("name holds a slash", "POST", "/containers/create?name=a/b", "{\"Image\":\"busybox\"}"),
                new HostileRequest("a 20 MiB body", "POST", "/containers/create", twentyMiB(), true),
                of("update Memory is a word", "POST", "/containers/" + TARGET + "/update", "{\"Memory\":\"lots\"}"),
                of("update Memory is negative", "POST", "/containers/" + TARGET + "/update", "{\"Memory\":-5}"),
                of("update body is an array", "POST", "/containers/" + TARGET + "/update", "[]"),
                of("exec Cmd missing", "POST", "/containers/" + TARGET + "/exec", "{\"AttachStdout\":true}"),
                of("exec Cmd is a number", "POST", "/containers/" + TARGET + "/exec", "{\"Cmd\":42}"),
                of("exec body is truncated", "POST", "/containers/" + TARGET + "/exec", "{\"Cmd\":[\"true\""),
                of("exec start body is an array", "POST", "/exec/0123456789ab/start", "[]"),
                of("network create body is an array", "POST", "/networks/create", "[]"),
                of("volume name climbs out of its folder", "POST", "/volumes/create", "{\"Name\":\"../../x\"}"),
                create("RestartPolicy name unknown", "\"RestartPolicy\":{\"Name\":\"sometimes\"}"),
                create("RestartPolicy retries without on-failure",
                        "\"RestartPolicy\":{\"Name\":\"always\",\"MaximumRetryCount\":3}"),
                create("RestartPolicy retries negative",
                        "\"RestartPolicy\":{\"Name\":\"on-failure\",\"MaximumRetryCount\":-1}"),
                create("Binds destination relative", "\"Binds\":[\"/tmp:data\"]"),
                create("Binds destination is the root", "\"Binds\":[\"/tmp:/\"]"),
                create("Binds mode unknown", "\"Binds\":[\"/tmp:/data:rx\"]"),
                create("Binds volume name climbs out of its folder", "\"Binds\":[\"..:/data\"]"),
                create("Mounts volume source climbs out of its folder",
                        "\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"../../etc\",\"Target\":\"/x\"}]"),
                create("Mounts volume driver option unknown", "\"Mounts\":[{\"Type\":\"volume\",\"Source\":\"hv\","
                        + "\"Target\":\"/x\",\"VolumeOptions\":{\"DriverConfig\":{\"Name\":\"local\","
                        + "\"Options\":{\"path\":\"/etc\"}}}}]"),
                create("VolumeDriver names no driver", "\"VolumeDriver\":\"nosuchdriver\",\"Binds\":[\"hv2:/x\"]"),
                create("Binds is a string", "\"Binds\":\"/tmp:/data\""),
                create("Mounts type unknown", "\"Mounts\":[{\"Type\":\"npipe\",\"Source\":\"x\",\"Target\":\"/x\"}]"),
                create("Mounts bind source relative", "\"Mounts\":[{\"Type\":\"bind\",\"Source\":\"tmp\",\"Target\":\"/x\"}]"),
                create("Mounts item is a string", "\"Mounts\":[\"/tmp:/x\"]"),
                create("Tmpfs target relative", "\"Tmpfs\":{\"run\":\"\"}"),
                create("SecurityOpt asks for an AppArmor profile", "\"SecurityOpt\":[\"apparmor=docker-default\"]"),
                create("CgroupParent climbs out of the hierarchy", "\"CgroupParent\":\"../../escape\""),
                create("Ulimits item is a string", "\"Ulimits\":[\"nofile=1\"]"),
                create("Devices item without PathOnHost", "\"Devices\":[{\"PathInContainer\":\"/dev/x\"}]"),
                create("Devices PathOnHost is no device", "\"Devices\":[{\"PathOnHost\":\"/etc/shadow\"}]"),
                create("ShmSize negative", "\"ShmSize\":-1"),
                create("ExtraHosts breaks a line into /etc/hosts", "\"ExtraHosts\":[\"a:1.2.3.4\\n6.6.6.6 evil\"]"),
                create("Dns breaks a line into resolv.conf", "\"Dns\":[\"1.1.1.1\\nnameserver 6.6.6.6\"]"),
                create("Sysctls name climbs out of /proc/sys", "\"Sysctls\":{\"../../../etc/x\":\"1\"}"),
                of("changes of a missing container", "GET", "/containers/no-such-container/changes"),
                of("archive upload into a file", "PUT", "/containers/" + TARGET + "/archive?path=/etc/hostname", "tar"),
                of("archive upload without a path", "PUT", "/containers/" + TARGET + "/archive", "tar"),
                of("archive of a missing path", "GET", "/containers/" + TARGET + "/archive?path=/no/such/file"));
    }

    private static HostileRequest create(String why, String hostConfig) {
        return of(why, "POST", "/containers/create", "{\"Image\":\"busybox\",\"HostConfig\":{" + hostConfig + "}}");
    }

    private static byte[] twentyMiB() {
        String head = "{\"Image\":\"busybox\",\"Labels\":{\"pad\":\"";
        String tail = "\"}}";
        return (head + "x".repeat(TWENTY_MIB - head.length() - tail.length()) + tail).getBytes(StandardCharsets.US_ASCII);
    }
}

package io.gantry.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A cgroup directory made of plain files, for controllers that read and write the kernel's interface files. */
public final class FakeCgroupDir {
    /** The linux.cgroupsPath of every fake directory; it lies at {@code <mount>/gantry/c0ffee}. */
    public static final String CGROUPS_PATH = "/gantry/c0ffee";

    private FakeCgroupDir() {
    }

    /** Creates {@code mount/gantry/c0ffee} holding {@code files} (name to content) and returns it. */
    public static Path under(Path mount, Map<String, String> files) throws IOException {
        Path dir = Files.createDirectories(mount.resolve(CGROUPS_PATH.substring(1)));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        return dir;
    }
}

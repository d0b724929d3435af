package io.gantry.net.cni.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The folders searched for plugin binaries, in order; CNI_PATH as plugins see it. */
record PluginPath(List<Path> dirs) {
    PluginPath {
        dirs = List.copyOf(dirs);
    }

    /** @param value folders separated by ':' */
    static PluginPath parse(String value) {
        return new PluginPath(Arrays.stream(value.split(":")).filter(s -> !s.isBlank()).map(Path::of).toList());
    }

    /** The executable for a plugin type; a type with a path separator is never looked up. */
    Optional<Path> find(String type) {
        if (type.contains("/") || type.equals("..") || type.equals(".")) {
            return Optional.empty();
        }
        return dirs.stream().map(dir -> dir.resolve(type)).filter(f -> Files.isRegularFile(f) && Files.isExecutable(f))
                .findFirst();
    }

    @Override
    public String toString() {
        return dirs.stream().map(Path::toString).collect(Collectors.joining(":"));
    }
}

package io.gantry.layer;

import java.io.IOException;
import java.nio.file.Path;

/** Fills a new, still temporary directory of a layer or container; it is renamed into place on success. */
@FunctionalInterface
public interface DirectoryContent {
    void writeInto(Path directory) throws IOException;
}

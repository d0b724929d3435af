package io.gantry.core.internal.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.container.log.Rotation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rename chain, max-file, compression, and a monitor that ended before it could reopen. */
class LogRotatorTest {
    @TempDir
    Path dir;

    private LogFiles files() {
        return new LogFiles(dir.resolve("ctr.log"));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private String gunzip(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(name)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFilesMoveUpAndTheOldestBeyondMaxFileGoes() throws Exception {
        write("ctr.log", "live\n");
        write("ctr.log.1", "one\n");
        write("ctr.log.2.gz", "two\n");
        LogRotator.rotate(files(), new Rotation(10, 3, false), reopensWith(""), () -> true);
        assertEquals(List.of("ctr.log", "ctr.log.1", "ctr.log.2"), names());
        assertEquals("live\n", Files.readString(dir.resolve("ctr.log.1")));
        assertEquals("one\n", Files.readString(dir.resolve("ctr.log.2")));
    }

    @Test
    void compressedOnceReopenedAndMaxFileOneKeepsOnlyTheNewFile() throws Exception {
        write("ctr.log", "live\n");
        LogRotator.rotate(files(), new Rotation(10, 2, true), reopensWith(""), () -> true);
        assertEquals(List.of("ctr.log", "ctr.log.1.gz"), names());
        assertEquals("live\n", gunzip("ctr.log.1.gz"));
        LogRotator.rotate(files(), new Rotation(10, 1, false), reopensWith("new\n"), () -> true);
        assertEquals(List.of("ctr.log", "ctr.log.1.gz"), names(), "max-file 1 drops the live file's content");
        assertEquals("new\n", Files.readString(dir.resolve("ctr.log")));
    }

    @Test
    void aMonitorThatEndedLeavesAnEmptyLiveFileAndTheRotationCompletes() throws Exception {
        write("ctr.log", "last\n");
        LogRotator.rotate(files(), new Rotation(10, 2, true), () -> {
            throw new FailedPreconditionException("its monitor has ended");
        }, () -> false);
        assertEquals(List.of("ctr.log", "ctr.log.1.gz"), names());
        assertEquals("", Files.readString(dir.resolve("ctr.log")));
        assertEquals("last\n", gunzip("ctr.log.1.gz"));
    }

    @Test
    void aMonitorThatCannotReopenWhileStillWritingIsAnError() throws Exception {
        write("ctr.log", "live\n");
        assertThrows(FailedPreconditionException.class, () -> LogRotator.rotate(files(), new Rotation(10, 2, true),
                () -> {
                    throw new FailedPreconditionException("fifo broken");
                }, () -> true));
        assertEquals(List.of("ctr.log.1"), names(), "the monitor still writes the renamed file; nothing is lost");
    }

    /** As conmon reopens: a new live file with what the monitor writes next. */
    private Runnable reopensWith(String content) {
        return () -> {
            try {
                write("ctr.log", content);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        };
    }
}

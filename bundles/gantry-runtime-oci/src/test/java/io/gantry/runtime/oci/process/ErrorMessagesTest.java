package io.gantry.runtime.oci.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorMessagesTest {
    @Test
    void takesTheMessageOfJsonLogLines() {
        assertEquals("container does not exist", ErrorMessages.extract(
                "{\"level\":\"error\",\"msg\":\"container does not exist\",\"time\":\"2026-11-29T20:01:17Z\"}\n"));
    }

    @Test
    void takesTheMessageOfLogfmtLinesAndUnescapesIt() {
        assertEquals("exec: \"/nonexistent\": stat /nonexistent: no such file or directory",
                ErrorMessages.extract("time=\"2026-11-29T20:01:17Z\" level=error "
                        + "msg=\"exec: \\\"/nonexistent\\\": stat /nonexistent: no such file or directory\"\n"));
    }

    @Test
    void prefersErrorsOverWarnings() {
        String stderr = "{\"level\":\"warning\",\"msg\":\"deprecated flag\"}\n"
                + "time=x level=error msg=\"container not running\"\n";
        assertEquals("container not running", ErrorMessages.extract(stderr));
    }

    @Test
    void keepsWarningsWhenThereIsNoError() {
        assertEquals("deprecated flag", ErrorMessages.extract("{\"level\":\"warning\",\"msg\":\"deprecated flag\"}"));
    }

    @Test
    void keepsPlainTextAndDropsRepeats() {
        assertEquals("kill container: No such process",
                ErrorMessages.extract("kill container: No such process\nkill container: No such process\n"));
    }

    @Test
    void joinsSeveralMessages() {
        assertEquals("first; second", ErrorMessages.extract("first\n\n  second  \n"));
    }

    @Test
    void takesBrokenJsonAsText() {
        assertEquals("{\"msg\": broken", ErrorMessages.extract("{\"msg\": broken"));
    }

    @Test
    void isEmptyForSilence() {
        assertEquals("", ErrorMessages.extract(" \n"));
    }
}

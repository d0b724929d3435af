package io.gantry.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The testkit's one JSON mapper, for the OCI specs and resources its fixtures and suites write and compare. */
public final class TestJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private TestJson() {
    }
}

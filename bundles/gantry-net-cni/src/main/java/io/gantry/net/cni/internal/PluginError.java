package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import java.io.IOException;

/** Turns a failed plugin's error object ({"code", "msg", "details"} on stdout) into a typed error. */
final class PluginError {
    /** CNI's well-known code for "try again later", e.g. for a resource another container holds. */
    private static final int TRY_AGAIN_LATER = 11;
    private static final ObjectMapper JSON = CniJson.MAPPER;

    private PluginError() {
    }

    static GantryException of(String what, int exitCode, String stdout, String stderr) {
        JsonNode error = parse(stdout);
        if (error == null || !error.hasNonNull("msg")) {
            String output = (stdout + " " + stderr).strip();
            return new GantryException(what + " failed with exit code " + exitCode
                    + (output.isEmpty() ? "" : ": " + output));
        }
        int code = error.path("code").asInt(0);
        String details = error.path("details").asText("");
        String message = what + " failed: " + error.get("msg").asText() + (details.isEmpty() ? "" : " (" + details + ")")
                + " [CNI error code " + code + "]";
        return code == TRY_AGAIN_LATER ? new ConflictException(message) : new GantryException(message);
    }

    private static JsonNode parse(String stdout) {
        try {
            return stdout.isBlank() ? null : JSON.readTree(stdout);
        } catch (IOException e) {
            return null;
        }
    }
}

package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gantry.api.GantryException;
import java.io.IOException;

/**
 * The image bundle's JSON: image records, the image index, archive manifests and registry logins all go through
 * its one mapper. Output is canonical (sorted keys, no nulls), so the same content always gets the same digest.
 */
public final class CanonicalJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private CanonicalJson() {
    }

    /** The image bundle's one JSON mapper, for every file it reads and writes. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new GantryException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** @param what names the content in the error, e.g. "manifest sha256:..." */
    public static <T> T read(byte[] json, Class<T> type, String what) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new GantryException("cannot parse " + what + ": " + e.getMessage(), e);
        }
    }
}

package io.gantry.image.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageIdsTest {
    private static final String FIRST = "sha256:abcd1111" + "0".repeat(56);
    private static final String SECOND = "sha256:abcd2222" + "0".repeat(56);
    private static final String THIRD = "sha256:ffff" + "1".repeat(60);
    private static final List<String> IDS = List.of(FIRST, SECOND, THIRD);

    @Test
    void anAmbiguousPrefixIsAnInvalidArgumentNamingTheCandidates() {
        InvalidArgumentException error = assertThrows(InvalidArgumentException.class,
                () -> ImageIds.unique(IDS, "abcd"));
        assertEquals("image id prefix abcd is ambiguous: it matches abcd11110000, abcd22220000", error.getMessage());
        assertThrows(InvalidArgumentException.class, () -> ImageIds.unique(IDS, "sha256:abcd"));
    }

    @Test
    void aUniquePrefixFindsItsId() {
        assertEquals(Optional.of(FIRST), ImageIds.unique(IDS, "abcd1"));
        assertEquals(Optional.of(THIRD), ImageIds.unique(IDS, "sha256:ffff"));
        assertEquals(Optional.empty(), ImageIds.unique(IDS, "1234"));
    }

    @Test
    void prefixesNeedFourToSixtyThreeLowercaseHexDigits() {
        assertFalse(ImageIds.isPrefix("abc"));
        assertTrue(ImageIds.isPrefix("abcd"));
        assertTrue(ImageIds.isPrefix("sha256:abcd"));
        assertFalse(ImageIds.isPrefix("ABCD"));
        assertFalse(ImageIds.isPrefix("a".repeat(64)), "64 digits are a full id");
        assertEquals(Optional.of(FIRST), ImageIds.full(FIRST.substring(7)));
        assertEquals(Optional.empty(), ImageIds.full("abcd"));
    }
}

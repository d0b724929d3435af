package io.gantry.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigAnnotationsTest {
    @Retention(RetentionPolicy.RUNTIME)
    @interface Sample {
        String binary() default "/usr/bin/tool";

        int timeout();
    }

    @Test
    void givenValuesWinAndTheRestAreDefaults() {
        Sample sample = ConfigAnnotations.of(Sample.class, Map.of("timeout", 30));
        assertEquals("/usr/bin/tool", sample.binary());
        assertEquals(30, sample.timeout());
        assertEquals(Sample.class, sample.annotationType());
    }

    @Test
    void attributeWithoutDefaultNeedsAValue() {
        assertThrows(IllegalArgumentException.class, () -> ConfigAnnotations.of(Sample.class, Map.of()));
    }

    @Test
    void unknownAttributeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ConfigAnnotations.of(Sample.class, Map.of("timeout", 1, "time_out", 2)));
    }
}

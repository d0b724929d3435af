package io.gantry.daemon.internal.route.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void sizesUseDecimalUnitsWithFourSignificantDigits() {
        assertEquals("512B", ProgressBar.humanSize(512));
        assertEquals("1.049MB", ProgressBar.humanSize(1_048_576));
        assertEquals("2.5GB", ProgressBar.humanSize(2_500_000_000L));
    }

    @Test
    void theBarFillsWithTheShareDoneAndShowsOnlyBytesWithoutATotal() {
        assertEquals("[>                                                  ]       0B/1kB", ProgressBar.render(0, 1000));
        assertEquals("[==================================================>]      1kB/1kB", ProgressBar.render(1000, 1000));
        assertEquals("   1.5kB", ProgressBar.render(1500, -1));
    }
}

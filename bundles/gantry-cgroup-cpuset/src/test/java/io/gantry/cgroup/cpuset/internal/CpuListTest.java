package io.gantry.cgroup.cpuset.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CpuListTest {
    private static BitSet ids(int... ids) {
        BitSet set = new BitSet();
        IntStream.of(ids).forEach(set::set);
        return set;
    }

    @Test
    void readsNumbersAndRanges() {
        assertEquals(ids(0, 1, 2, 4), CpuList.parse("0-2,4").orElseThrow());
        assertEquals(ids(7), CpuList.parse("7").orElseThrow());
        assertEquals(ids(1, 2, 3), CpuList.parse("3,1-2,2\n").orElseThrow());
    }

    @Test
    void anEmptyListIsAnEmptySet() {
        assertEquals(ids(), CpuList.parse("\n").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "1-", "-1", "3-1", "1,,2", "1,", "0-2-4", "+1", "1 2", "99999", "0x1"})
    void refusesWhatIsNotAList(String text) {
        assertTrue(CpuList.parse(text).isEmpty(), text);
    }
}

package kj.kernel;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Digits.length counts the chars Long.toString gives, at every power of 2 and 10 and between. */
class DigitsTest {
    private static void check(long v) {
        assertEquals(Long.toString(v).length(), Digits.length(v), () -> "length of " + v);
    }

    @Test
    void lengthAtTheBoundaries() {
        check(0);
        check(Long.MAX_VALUE);
        check(-Long.MAX_VALUE);
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10 * 10; p *= 10) {
            for (long v : new long[] {p - 1, p, p + 1}) {
                check(v);
                check(-v);
            }
            if (p > Long.MAX_VALUE / 10) break;
        }
        for (int b = 0; b < 63; b++) {
            long p = 1L << b;
            for (long v : new long[] {p - 1, p, p + 1}) {
                check(v);
                check(-v);
            }
        }
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            long v = r.nextLong() >> r.nextInt(64);
            if (v != Long.MIN_VALUE) check(v);
        }
    }
}

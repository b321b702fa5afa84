package kj.kernel;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Digits.length counts the chars Long.toString gives, and Digits.write writes them, at every
 * power of 2 and 10 and between.
 */
class DigitsTest {
    private static final java.lang.foreign.Arena ARENA = java.lang.foreign.Arena.ofAuto();
    private static final long TEXT = ARENA.allocate(32, 8).address();

    private static void check(long v) {
        String want = Long.toString(v);
        assertEquals(want.length(), Digits.length(v), () -> "length of " + v);
        Digits.write(v, want.length(), TEXT);
        byte[] got = new byte[want.length()];
        for (int i = 0; i < got.length; i++) got[i] = kj.kpool.Mem.getByte(TEXT + i);
        assertEquals(want, new String(got, java.nio.charset.StandardCharsets.US_ASCII), () -> "text of " + v);
    }

    @Test
    void lengthAndTextAtTheBoundaries() {
        for (int v = -1000; v <= 1000; v++) check(v);
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

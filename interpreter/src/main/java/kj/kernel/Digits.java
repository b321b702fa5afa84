package kj.kernel;

import java.lang.foreign.MemorySegment;
import kj.kpool.Mem;

/**
 * Decimal digits of ints for format ({@code $}): the length of an int's text, and the text
 * written straight into a char vector's payload. Texts of up to 8 chars go out as one word
 * (the caller's cell has room past them: the smallest cell holds 48 payload bytes), longer
 * ones through a small array and one bulk copy. The null and infinities (0N, 0I, -0I) are the
 * caller's.
 */
public final class Digits {
    private static final long[] POW10 = new long[19];

    /** The two chars of 0..99 as a little-endian short: the tens digit first (the lower byte). */
    private static final short[] PAIRS = new short[100];

    static {
        POW10[0] = 1;
        for (int i = 1; i < 19; i++) POW10[i] = POW10[i - 1] * 10;
        for (int i = 0; i < 100; i++) PAIRS[i] = (short) (('0' + i % 10) << 8 | ('0' + i / 10));
    }

    private Digits() {}

    /**
     * Chars in the decimal text of v, its minus sign included (v is not Long.MIN_VALUE). No loop:
     * a loop run a few times on each of many calls has the JIT compile its method twice.
     */
    public static int length(long v) {
        long m = Math.abs(v);
        // floor(log10(2^bits)) is the digits less one, or one short of that: one comparison settles it
        int low = (64 - Long.numberOfLeadingZeros(m | 1)) * 1233 >>> 12;
        int d = Math.max(1, low + (m >= POW10[low] ? 1 : 0));
        return v < 0 ? d + 1 : d;
    }

    /** Writes the len = {@link #length}(v) chars of v's text at the payload address at. */
    public static void write(long v, int len, long at) {
        long m = Math.abs(v);
        if (len <= 8) {
            long w = 0; // the chars little-endian: the last digit is the highest byte; two digits a step
            for (; m >= 100; m /= 100) w = w << 16 | PAIRS[(int) (m % 100)] & 0xFFFF;
            w = m >= 10 ? w << 16 | PAIRS[(int) m] & 0xFFFF : w << 8 | '0' + m;
            if (v < 0) w = w << 8 | '-';
            Mem.putLong(at, w);
            return;
        }
        byte[] b = new byte[len];
        for (int i = len - 1; i >= (v < 0 ? 1 : 0); i--, m /= 10) b[i] = (byte) ('0' + m % 10);
        if (v < 0) b[0] = '-';
        MemorySegment.copy(b, 0, Mem.ALL, Mem.BYTE, at, len);
    }
}

package kj.kernel;

import java.lang.foreign.MemorySegment;
import kj.kpool.Mem;

/**
 * Stable grading of long keys, the answer as long indices ready for one bulk copy into an int
 * vector. Insertion sort for a few keys; when the keys span less than 2^31 (ints from a
 * moderate range, symbol ranks, chars), an LSD radix sort of (key - min) packed with its index
 * into one long, {@code (key - min) << 32 | i}, with even digits of at most {@value #DIGIT}
 * bits and only as many passes as the range needs, each histogram in L1 (ints of a vector whose
 * range and count fit two digits and an index in one int take {@link IntRadix}, records of
 * one int); else an LSD radix sort on 11-bit digits of 64-bit keys with a separate index array.
 * Grading down sorts (max - key), which keeps it stable.
 *
 * <p>Why radix over counting for a range near n: a counting sort's buckets for 10^6 values are
 * a 4 MB table hit at random twice per key; measured in one JVM at load ~9 (CPU ms, warm, 10^6
 * keys in 0..10^6), counting 23-25, packed radix 15-18.
 */
public final class LongSort {
    private static final int SMALL = 24;
    private static final int DIGIT = 11;
    private static final int RADIX = 1 << DIGIT;
    private static final long LOW = 0xFFFF_FFFFL;

    private LongSort() {}

    /**
     * The permutation that sorts the n keys (which may be overwritten), equal keys in order: the
     * first n items of the answer, which may be the thread's scratch array, to be copied out
     * before the next kernel runs.
     */
    public static long[] grade(long[] keys, int n, boolean down) {
        if (n < SMALL) return insertion(keys, n, down);
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            if (k < min) min = k;
            if (k > max) max = k;
        }
        long range = max - min; // unsigned
        if (Long.compareUnsigned(range, Integer.MAX_VALUE) <= 0) {
            long[] a = Scratch.get().sortKeys(n);
            for (int i = 0; i < n; i++) a[i] = (down ? max - keys[i] : keys[i] - min) << 32 | i;
            return packed(a, n, range);
        }
        if (down) for (int i = 0; i < n; i++) keys[i] = ~keys[i];
        return wide(keys, n, down ? ~max : min, range);
    }

    /**
     * The stable grade of the n chars (unsigned bytes) at the payload address x, by counting:
     * one pass counts the 256 values, one places the indices; down orders 255 first, ties
     * still by index. The answer is written as n ints at the payload address z.
     */
    public static void gradeBytes(long x, int n, boolean down, long z) {
        int flip = down ? 255 : 0, c = Elementwise.chunk(n);
        int[] at = new int[257];
        byte[] b = new byte[c];
        for (int o = 0; o < n; o += c) {
            int m = Math.min(c, n - o);
            MemorySegment.copy(Mem.ALL, Mem.BYTE, x + o, b, 0, m);
            countBytes(b, m, flip, at);
        }
        for (int v = 0; v < 256; v++) at[v + 1] += at[v];
        long[] idx = new long[n];
        for (int o = 0; o < n; o += c) {
            int m = Math.min(c, n - o);
            MemorySegment.copy(Mem.ALL, Mem.BYTE, x + o, b, 0, m);
            placeBytes(b, m, o, flip, at, idx);
        }
        Mem.putLongs(idx, z, n);
    }

    private static void countBytes(byte[] b, int m, int flip, int[] at) {
        for (int i = 0; i < m; i++) at[((b[i] & 0xFF) ^ flip) + 1]++;
    }

    private static void placeBytes(byte[] b, int m, int o, int flip, int[] at, long[] idx) {
        for (int i = 0; i < m; i++) idx[at[(b[i] & 0xFF) ^ flip]++] = o + i;
    }

    /**
     * As {@link #grade} for the n ints at the payload address x, read in chunks (no key copy),
     * the answer written as n ints at the payload address z.
     */
    public static void gradeInts(long x, int n, boolean down, long z) {
        if (n < SMALL) {
            long[] k = new long[n];
            Mem.getLongs(x, k, n);
            Mem.putLongs(insertion(k, n, down), z, n);
            return;
        }
        int c = Elementwise.chunk(n);
        long[] b = new long[c], minMax = new long[2];
        if (n > IntRadix.NATURAL_MOST) minMax = Classify.range(x, n, b);
        else if (IntRadix.gradeNatural(x, n, down, z, minMax)) return;
        long min = minMax[0], max = minMax[1], range = max - min;
        if (Long.compareUnsigned(range, Integer.MAX_VALUE) > 0) {
            long[] k = new long[n];
            Mem.getLongs(x, k, n);
            Mem.putLongs(grade(k, n, down), z, n);
            return;
        }
        int bits = 64 - Long.numberOfLeadingZeros(range), low = bits <= DIGIT ? bits : (bits + 1) / 2;
        int indexBits = 32 - Integer.numberOfLeadingZeros(n - 1);
        if (bits <= 2 * DIGIT && bits - low + indexBits <= 32) {
            IntRadix.grade(x, n, down ? max : min, down, low, bits - low, indexBits, z);
            return;
        }
        long[] a = Scratch.get().sortKeys(n);
        for (int o = 0; o < n; o += c) {
            int m = Math.min(c, n - o);
            Elementwise.load(x + ((long) o << 3), b, m);
            if (down) for (int i = 0; i < m; i++) a[o + i] = (max - b[i]) << 32 | (o + i);
            else for (int i = 0; i < m; i++) a[o + i] = (b[i] - min) << 32 | (o + i);
        }
        Mem.putLongs(packed(a, n, range), z, n);
    }

    private static long[] insertion(long[] keys, int n, boolean down) {
        if (down) for (int i = 0; i < n; i++) keys[i] = ~keys[i];
        long[] idx = new long[n];
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            int j = i;
            while (j > 0 && keys[(int) idx[j - 1]] > k) {
                idx[j] = idx[j - 1];
                j--;
            }
            idx[j] = i;
        }
        return idx;
    }

    /** Sorts a[0..n) of {@code key << 32 | index} (key at most range) by key, stably; answers the indices. */
    private static long[] packed(long[] a, int n, long range) {
        int bits = 64 - Long.numberOfLeadingZeros(range);
        int passes = (bits + DIGIT - 1) / DIGIT;
        if (passes == 0) { // every key equal
            for (int i = 0; i < n; i++) a[i] &= LOW;
            return a;
        }
        int digit = (bits + passes - 1) / passes, mask = (1 << digit) - 1;
        int[][] count = new int[passes][1 << digit];
        for (int i = 0; i < n; i++) {
            long k = a[i] >>> 32;
            for (int p = 0; p < passes; p++) count[p][(int) (k >>> (p * digit)) & mask]++;
        }
        long[] b = Scratch.get().sortSpare(n);
        for (int p = 0; p < passes; p++) {
            int[] c = count[p];
            int sum = 0;
            for (int d = 0; d <= mask; d++) {
                int t = c[d];
                c[d] = sum;
                sum += t;
            }
            int shift = 32 + p * digit;
            if (p == passes - 1) {
                for (int i = 0; i < n; i++) {
                    long v = a[i];
                    b[c[(int) (v >>> shift) & mask]++] = v & LOW;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    long v = a[i];
                    b[c[(int) (v >>> shift) & mask]++] = v;
                }
            }
            long[] t = a; a = b; b = t;
        }
        return a;
    }

    /** LSD radix on 11-bit digits of (key - min) for keys spanning more than 2^31. */
    private static long[] wide(long[] keys, int n, long min, long range) {
        int bits = 64 - Long.numberOfLeadingZeros(range);
        long[] k0 = keys, k1 = new long[n];
        long[] i0 = new long[n], i1 = new long[n];
        for (int i = 0; i < n; i++) {
            k0[i] -= min;
            i0[i] = i;
        }
        int[] count = new int[RADIX];
        for (int shift = 0; shift < bits; shift += DIGIT) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) count[(int) (k0[i] >>> shift) & (RADIX - 1)]++;
            if (count[(int) (k0[0] >>> shift) & (RADIX - 1)] == n) continue; // one digit value: nothing moves
            int sum = 0;
            for (int d = 0; d < RADIX; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int p = count[(int) (k0[i] >>> shift) & (RADIX - 1)]++;
                k1[p] = k0[i];
                i1[p] = i0[i];
            }
            long[] kt = k0; k0 = k1; k1 = kt;
            long[] it = i0; i0 = i1; i1 = it;
        }
        return i0;
    }
}

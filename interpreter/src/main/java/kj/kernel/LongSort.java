package kj.kernel;

/**
 * Stable grading of long keys: insertion sort for a few keys, counting sort when the keys span
 * a small range, else an LSD radix sort on 11-bit digits of (key - min), with only as many
 * passes as the range needs. Grading down complements the keys, which keeps it stable.
 */
public final class LongSort {
    private static final int SMALL = 24;
    private static final int DIGIT = 11;
    private static final int RADIX = 1 << DIGIT;

    private LongSort() {}

    /** The permutation that sorts keys[0..n) (which may be overwritten), equal keys in order. */
    public static int[] grade(long[] keys, int n, boolean down) {
        if (down) for (int i = 0; i < n; i++) keys[i] = ~keys[i];
        int[] idx = new int[n];
        if (n < SMALL) {
            insertion(keys, idx, n);
            return idx;
        }
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            if (k < min) min = k;
            if (k > max) max = k;
        }
        long range = max - min; // unsigned
        if (Long.compareUnsigned(range, 2L * n + RADIX) < 0) counting(keys, idx, n, min, (int) range + 1);
        else radix(keys, idx, n, min, 64 - Long.numberOfLeadingZeros(range));
        return idx;
    }

    private static void insertion(long[] keys, int[] idx, int n) {
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            int j = i;
            while (j > 0 && keys[idx[j - 1]] > k) {
                idx[j] = idx[j - 1];
                j--;
            }
            idx[j] = i;
        }
    }

    private static void counting(long[] keys, int[] idx, int n, long min, int buckets) {
        int[] start = new int[buckets + 1];
        for (int i = 0; i < n; i++) start[(int) (keys[i] - min) + 1]++;
        for (int b = 0; b < buckets; b++) start[b + 1] += start[b];
        for (int i = 0; i < n; i++) idx[start[(int) (keys[i] - min)]++] = i;
    }

    private static void radix(long[] keys, int[] idx, int n, long min, int bits) {
        long[] k0 = keys, k1 = new long[n];
        int[] i0 = new int[n], i1 = new int[n];
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
            int[] it = i0; i0 = i1; i1 = it;
        }
        System.arraycopy(i0, 0, idx, 0, n);
    }
}

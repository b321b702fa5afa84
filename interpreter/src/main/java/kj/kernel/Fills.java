package kj.kernel;

/**
 * Fills: {@code !n} (0, 1, .. n-1 into an int payload) and {@code &x} (each index as many times
 * as its count), built a chunk at a time on the heap and
 * copied out in bulk, so that a fresh process does not run one {@code MemorySegment} write per
 * item before C2 has compiled the loop.
 */
public final class Fills {
    private Fills() {}

    /**
     * The count of {@code &x} for the n ints at x: the sum of the positive ones; -1 when it
     * passes 2^63 or a count is 0I (an int error for the caller).
     */
    public static long whereCount(long x, long n) {
        int c = Elementwise.chunk(Math.max(n, 1));
        long[] a = new long[c];
        long total = 0;
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            Elementwise.load(x + (o << 3), a, m);
            long s = positiveSum(a, m);
            if (s < 0 || (total += s) < 0) return -1;
        }
        return total;
    }

    /** The sum of the positive counts of a chunk; -1 past 2^63 or at a count of 0I. */
    private static long positiveSum(long[] a, int m) {
        long s = 0;
        for (int k = 0; k < m; k++) {
            long v = Math.max(a[k], 0);
            s += v;
            if (s < 0 || v == Long.MAX_VALUE) return -1;
        }
        return s;
    }

    /** {@code &x}: each index i of the n ints at x written x[i] times (none when x[i] &lt;= 0) at the int payload z. */
    public static void where(long z, long x, long n) {
        int c = Elementwise.chunk(Math.max(n, 1));
        long[] a = new long[c], out = new long[c];
        int j = 0; // items in out, not yet stored
        for (long o = 0; o < n; o += c) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, n - o);
            Elementwise.load(x + (o << 3), a, m);
            if (j + m > c) {
                Elementwise.store(out, z, j);
                z += (long) j << 3;
                j = 0;
            }
            int kept = bools(a, m, o, out, j);
            if (kept >= 0) {
                j = kept;
                continue;
            }
            for (int k = 0; k < m; k++) {
                for (long r = a[k]; r > 0; r--) {
                    out[j++] = o + k;
                    if (j == c) {
                        Elementwise.store(out, z, j);
                        z += (long) j << 3;
                        j = 0;
                    }
                }
            }
        }
        Elementwise.store(out, z, j);
    }

    // A chunk's work in a method of its own: compiled after a few chunks, where the loop around it
    // waits for an on-stack replacement.

    /**
     * For a chunk of m counts of 0 or 1 (the usual {@code &b}): each index o+k written at out[j..],
     * kept by its count, with no branch per item; the new j. -1, nothing kept, for other counts.
     */
    private static int bools(long[] a, int m, long o, long[] out, int j) {
        long bits = 0;
        for (int k = 0; k < m; k++) bits |= a[k];
        if ((bits & ~1L) != 0) return -1;
        for (int k = 0; k < m; k++) {
            out[j] = o + k;
            j += (int) a[k];
        }
        return j;
    }

    /** z[i] = i for i below n, at the int payload z. */
    public static void iota(long z, long n) {
        if (n <= 0) return;
        int c = Elementwise.chunk(n);
        long[] a = new long[c];
        for (int k = 0; k < c; k++) a[k] = k;
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            Elementwise.store(a, z + (o << 3), m);
            for (int k = 0; k < m; k++) a[k] += c;
        }
    }
}

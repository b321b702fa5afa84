package kj.kernel;

/**
 * Fills: {@code !n} (0, 1, .. n-1 into an int payload), built a chunk at a time on the heap and
 * copied out in bulk, so that a fresh process does not run one {@code MemorySegment} write per
 * item before C2 has compiled the loop.
 */
public final class Fills {
    private Fills() {}

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

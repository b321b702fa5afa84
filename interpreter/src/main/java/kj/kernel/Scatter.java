package kj.kernel;

import kj.kpool.Mem;

/**
 * Scatter: {@code x[i]:y} for a vector of indices into a vector's payload, items of width 8,
 * 4 or 1 bytes. The indices are read in chunks (bulk copies); the writes land where the
 * indices say.
 */
public final class Scatter {
    private Scatter() {}

    /** Whether every one of the n ints at idx lies in [0, limit). */
    public static boolean inRange(long idx, long n, long limit) {
        int c = Elementwise.chunk(Math.max(n, 1));
        long[] a = new long[c];
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            Elementwise.load(idx + (o << 3), a, m);
            for (int k = 0; k < m; k++) if (a[k] < 0 || a[k] >= limit) return false;
        }
        return true;
    }

    /**
     * x[idx[k]] = y[k] (ys: y has n items) or y[0] (an atom) for k below n, at the payloads x
     * and y, items of width w; the indices must be in range.
     */
    public static void put(long x, int w, long idx, long n, long y, boolean ys) {
        int c = Elementwise.chunk(Math.max(n, 1));
        long[] a = new long[c];
        long v8 = w == 8 ? Mem.getLong(y) : 0;
        int v4 = w == 4 ? Mem.getInt(y) : 0;
        byte v1 = w == 1 ? Mem.getByte(y) : 0;
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            Elementwise.load(idx + (o << 3), a, m);
            switch (w) {
                case 8 -> {
                    for (int k = 0; k < m; k++) Mem.putLong(x + (a[k] << 3), ys ? Mem.getLong(y + ((o + k) << 3)) : v8);
                }
                case 4 -> {
                    for (int k = 0; k < m; k++) Mem.putInt(x + (a[k] << 2), ys ? Mem.getInt(y + ((o + k) << 2)) : v4);
                }
                default -> {
                    for (int k = 0; k < m; k++) Mem.putByte(x + a[k], ys ? Mem.getByte(y + o + k) : v1);
                }
            }
        }
    }
}

package kj.kernel;

/**
 * The running value of an element-wise op over rows of one count ({@code (~=)\m}, {@code +\m} on a
 * list of int or float vectors): z[0] is x[0], z[i] = z[i-1] op x[i]. Computed column block by
 * column block, so that the running block stays in cache and every source row is read once and
 * every result row written once, in {@value #BLOCK}-item copies (fewer bulk copies than one
 * element-wise kernel per row, whose fixed costs dominate before the JIT has compiled them).
 */
public final class RowScans {
    static final int BLOCK = 2048;

    private RowScans() {}

    /**
     * out[i] = out[i-1] op rows[i] for i &gt;= 1 (out[0] is rows[0], not written), over n ints or
     * floats (payload addresses); swap: rows[i] op out[i-1]; thenNot (ints): ~ after op.
     */
    public static void scan(int op, boolean swap, boolean thenNot, boolean floats, long[] rows, long[] out, long n) {
        Halves.run(n, 8, 16L * n * rows.length, TWO_THREADS, (from, to, stop) -> {
            if (floats) scanFloats(op, swap, rows, out, from, to, stop);
            else scanInts(op, swap, thenNot, rows, out, from, to, stop);
        });
    }

    /** Bytes moved from which two threads pay: below, one thread takes about a millisecond. */
    private static final long TWO_THREADS = 8L << 20;

    private static void scanInts(int op, boolean swap, boolean thenNot, long[] rows, long[] out, long from, long n, Halves.Stop stop) {
        int c = (int) Math.min(n - from, BLOCK);
        long[] acc = new long[c], row = new long[c];
        for (long o = from; o < n && !stop.now; o += c) {
            int m = (int) Math.min(c, n - o);
            Elementwise.load(rows[0] + (o << 3), acc, m);
            for (int i = 1; i < rows.length; i++) {
                Elementwise.poll((long) i * BLOCK);
                step(op, swap, thenNot, acc, row, rows[i] + (o << 3), out[i] + (o << 3), m);
            }
        }
    }

    // One block of one row per call, thousands of calls a scan: compiled after a few hundred, where
    // the loops around it would wait for an on-stack replacement in every call on every thread.

    private static void step(int op, boolean swap, boolean thenNot, long[] acc, long[] row, long src, long dst, int m) {
        Elementwise.load(src, row, m);
        if (swap) Elementwise.ints(op, acc, row, acc, m);
        else Elementwise.ints(op, acc, acc, row, m);
        if (thenNot) Elementwise.not(acc, m);
        Elementwise.store(acc, dst, m);
    }

    private static void step(int op, boolean swap, double[] acc, double[] row, long src, long dst, int m) {
        Elementwise.load(src, row, m);
        if (swap) Elementwise.floats(op, acc, row, acc, m);
        else Elementwise.floats(op, acc, acc, row, m);
        Elementwise.store(acc, dst, m);
    }

    private static void scanFloats(int op, boolean swap, long[] rows, long[] out, long from, long n, Halves.Stop stop) {
        int c = (int) Math.min(n - from, BLOCK);
        double[] acc = new double[c], row = new double[c];
        for (long o = from; o < n && !stop.now; o += c) {
            int m = (int) Math.min(c, n - o);
            Elementwise.load(rows[0] + (o << 3), acc, m);
            for (int i = 1; i < rows.length; i++) {
                Elementwise.poll((long) i * BLOCK);
                step(op, swap, acc, row, rows[i] + (o << 3), out[i] + (o << 3), m);
            }
        }
    }
}

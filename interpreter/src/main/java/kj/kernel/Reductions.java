package kj.kernel;

import kj.kpool.Mem;

/**
 * Over, scan and each-prior loops on int and float payloads: sum, product, max and min over,
 * running sum and product, deltas ({@code -':}). Same chunked shape as {@link Elementwise} (bulk copies into on-heap chunks), so
 * they run near their warm speed before C2 has compiled them; the running sums hand over to a
 * direct loop once ready ({@link Handover}: 1.2x the {@code long[]} loop warm, where the chunks'
 * copies in and out made it 1.8x). Ints wrap on overflow.
 */
public final class Reductions {
    public static final int SUM = 0, PRODUCT = 1, MAX = 2, MIN = 3;

    private Reductions() {}

    /** op over n ints at x, starting from acc (the caller passes the first item or the identity). */
    public static long ints(int op, long acc, long x, long n) {
        if (n <= 0) return acc;
        if (n <= SHORT) return shortInts(op, acc, x, (int) n);
        int c = Elementwise.chunk(n);
        long[] a = new long[c];
        for (long o = 0; o < n; o += c) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, n - o);
            Elementwise.load(x + (o << 3), a, m);
            switch (op) {
                case SUM -> { for (int i = 0; i < m; i++) acc += a[i]; }
                case PRODUCT -> { for (int i = 0; i < m; i++) acc *= a[i]; }
                case MAX -> { for (int i = 0; i < m; i++) acc = Math.max(acc, a[i]); }
                case MIN -> { for (int i = 0; i < m; i++) acc = Math.min(acc, a[i]); }
                default -> throw new IllegalArgumentException("over " + op);
            }
        }
        return acc;
    }

    /** op over n floats at x from acc; max and min compare plainly ({@code acc > x ? acc : x}). */
    public static double floats(int op, double acc, long x, long n) {
        if (n <= 0) return acc;
        if (n <= SHORT) return shortFloats(op, acc, x, (int) n);
        int c = Elementwise.chunk(n);
        double[] a = new double[c];
        for (long o = 0; o < n; o += c) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, n - o);
            Elementwise.load(x + (o << 3), a, m);
            switch (op) {
                case SUM -> { for (int i = 0; i < m; i++) acc += a[i]; }
                case PRODUCT -> { for (int i = 0; i < m; i++) acc *= a[i]; }
                case MAX -> { for (int i = 0; i < m; i++) acc = acc > a[i] ? acc : a[i]; }
                case MIN -> { for (int i = 0; i < m; i++) acc = acc < a[i] ? acc : a[i]; }
                default -> throw new IllegalArgumentException("over " + op);
            }
        }
        return acc;
    }

    /**
     * Up to this many items are read one by one where they lie: a chunk's array and bulk copy
     * cost more than a few reads ({+/x}'m over 300,000 rows of 3 ints, later runs: 83 -> 38 ms).
     */
    private static final int SHORT = 8;

    private static long shortInts(int op, long acc, long x, int n) {
        switch (op) {
            case SUM -> { for (int i = 0; i < n; i++) acc += Mem.getLong(x + 8L * i); }
            case PRODUCT -> { for (int i = 0; i < n; i++) acc *= Mem.getLong(x + 8L * i); }
            case MAX -> { for (int i = 0; i < n; i++) { long v = Mem.getLong(x + 8L * i); acc = acc > v ? acc : v; } }
            case MIN -> { for (int i = 0; i < n; i++) { long v = Mem.getLong(x + 8L * i); acc = acc < v ? acc : v; } }
            default -> throw new IllegalArgumentException("over " + op);
        }
        return acc;
    }

    private static double shortFloats(int op, double acc, long x, int n) {
        switch (op) {
            case SUM -> { for (int i = 0; i < n; i++) acc += Mem.getDouble(x + 8L * i); }
            case PRODUCT -> { for (int i = 0; i < n; i++) acc *= Mem.getDouble(x + 8L * i); }
            case MAX -> { for (int i = 0; i < n; i++) { double v = Mem.getDouble(x + 8L * i); acc = acc > v ? acc : v; } }
            case MIN -> { for (int i = 0; i < n; i++) { double v = Mem.getDouble(x + 8L * i); acc = acc < v ? acc : v; } }
            default -> throw new IllegalArgumentException("over " + op);
        }
        return acc;
    }

    /** z[i] = acc op= x[i] over n ints (SUM or PRODUCT): a running total from acc; returns it. */
    public static long scanInts(int op, long acc, long z, long x, long n) {
        return scanInts(op, acc, z, x, n, op == SUM ? Scratch.get().sums.direct(n) : 0);
    }

    /** As above, the first {@code direct} items (sums only) by the direct loop, the rest chunked. */
    static long scanInts(int op, long acc, long z, long x, long n, long direct) {
        assert op == SUM || direct == 0;
        acc = runningSumAt(z, x, direct, acc);
        z += direct << 3;
        x += direct << 3;
        n -= direct;
        if (n <= 0) return acc;
        int c = Elementwise.chunk(n);
        long[] a = new long[c];
        for (long o = 0; o < n; o += c) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, n - o);
            Elementwise.load(x + (o << 3), a, m);
            acc = op == SUM ? runningSum(a, m, acc) : runningProduct(a, m, acc);
            Elementwise.store(a, z + (o << 3), m);
        }
        return acc;
    }

    // The direct loops: n items read and written where they lie, in blocks between polls.

    private static long runningSumAt(long z, long x, long n, long acc) {
        for (long o = 0; o < n; o += Handover.BLOCK) {
            Elementwise.poll(o);
            long b = z + (o << 3), a = x + (o << 3);
            int m = (int) Math.min(Handover.BLOCK, n - o);
            for (int i = 0; i < m; i++) Mem.putLong(b + 8L * i, acc += Mem.getLong(a + 8L * i));
        }
        return acc;
    }

    private static double runningSumAt(long z, long x, long n, double acc) {
        for (long o = 0; o < n; o += Handover.BLOCK) {
            Elementwise.poll(o);
            long b = z + (o << 3), a = x + (o << 3);
            int m = (int) Math.min(Handover.BLOCK, n - o);
            for (int i = 0; i < m; i++) Mem.putDouble(b + 8L * i, acc += Mem.getDouble(a + 8L * i));
        }
        return acc;
    }

    // The sum item by item: an add's latency is one cycle, and JMH measured the four-at-a-time
    // form below slower for sums (77 against 62 us per 10^5, the long[] loop 35; it was 49 against
    // 55 in an earlier session). Products, whose multiply takes several cycles, take four items at
    // a time: their own running product (a chain within the four, independent of the next four),
    // then the product so far times each, so the chain through the whole vector is one multiply
    // per four items. Wrapping int arithmetic is associative: the answer is the item-by-item one.

    private static long runningSum(long[] a, int m, long acc) {
        for (int i = 0; i < m; i++) a[i] = acc += a[i];
        return acc;
    }

    private static long runningProduct(long[] a, int m, long acc) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            long p0 = a[i], p1 = p0 * a[i + 1], p2 = p1 * a[i + 2], p3 = p2 * a[i + 3];
            a[i] = acc * p0;
            a[i + 1] = acc * p1;
            a[i + 2] = acc * p2;
            a[i + 3] = acc * p3;
            acc *= p3;
        }
        for (; i < m; i++) a[i] = acc *= a[i];
        return acc;
    }

    /** As {@link #scanInts} on floats; {@code fromInts} reads the items as ints, each cast to a double (as Kona: no 0N to 0n). */
    public static double scanFloats(int op, double acc, long z, long x, long n, boolean fromInts) {
        return scanFloats(op, acc, z, x, n, fromInts, op == SUM && !fromInts ? Scratch.get().floatSums.direct(n) : 0);
    }

    /** As above, the first {@code direct} items (sums of floats only) by the direct loop, the rest chunked. */
    static double scanFloats(int op, double acc, long z, long x, long n, boolean fromInts, long direct) {
        assert op == SUM && !fromInts || direct == 0;
        acc = runningSumAt(z, x, direct, acc);
        z += direct << 3;
        x += direct << 3;
        n -= direct;
        if (n <= 0) return acc;
        int c = Elementwise.chunk(n);
        double[] a = new double[c];
        long[] l = fromInts ? new long[c] : null;
        for (long o = 0; o < n; o += c) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, n - o);
            if (fromInts) {
                Elementwise.load(x + (o << 3), l, m);
                for (int i = 0; i < m; i++) a[i] = l[i]; // cast as Kona: 2.5+\0N 1 is 2.5 -9.223372e+18
            } else {
                Elementwise.load(x + (o << 3), a, m);
            }
            if (op == SUM) for (int i = 0; i < m; i++) a[i] = acc += a[i];
            else for (int i = 0; i < m; i++) a[i] = acc *= a[i];
            Elementwise.store(a, z + (o << 3), m);
        }
        return acc;
    }

    /**
     * z[i] = x[i+1] - x[i] for i below n-1 (n ints at x; z may be x). Each chunk is copied in with
     * the item before it, so the loop has no value carried from one item to the next and C2
     * vectorises it; once the family is ready ({@link Handover}) the items are read where they
     * lie instead, as {@link DirectReads} does (JMH per 10^5 ints: see the README).
     */
    public static void deltasInts(long z, long x, long n) {
        if (n < 2) return;
        deltasInts(z, x, n, Scratch.get().deltas.direct(n - 1));
    }

    /** As above, the first {@code direct} differences read where the items lie. */
    static void deltasInts(long z, long x, long n, long direct) {
        Scratch s = Scratch.get();
        long[] a = s.a, r = s.r;
        int c = Elementwise.CHUNK - 1;
        for (long o = 1; o < n; ) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, (o - 1 < direct ? direct + 1 : n) - o); // a chunk ends where the direct items do
            if (o - 1 < direct) {
                long at = x + ((o - 1) << 3);
                for (int i = 0; i < m; i++) r[i] = Mem.getLong(at + 8L * i + 8) - Mem.getLong(at + 8L * i);
            } else {
                Elementwise.load(x + ((o - 1) << 3), a, m + 1);
                for (int i = 0; i < m; i++) r[i] = a[i + 1] - a[i];
            }
            Elementwise.store(r, z + ((o - 1) << 3), m);
            o += m;
        }
    }

    /** As {@link #deltasInts} on floats. */
    public static void deltasFloats(long z, long x, long n) {
        if (n < 2) return;
        Scratch s = Scratch.get();
        double[] a = s.fa, r = s.fr;
        int c = Elementwise.CHUNK - 1;
        for (long o = 1; o < n; o += c) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, n - o);
            Elementwise.load(x + ((o - 1) << 3), a, m + 1);
            for (int i = 0; i < m; i++) r[i] = a[i + 1] - a[i];
            Elementwise.store(r, z + ((o - 1) << 3), m);
        }
    }
}

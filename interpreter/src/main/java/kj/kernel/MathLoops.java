package kj.kernel;

import java.util.function.DoubleUnaryOperator;

/**
 * The loops of the atomic math functions ({@code _sqrt _exp _log _sin _abs ...}): a double
 * function over n ints or floats, int absolute value, and x modulo an atom ({@code x!n}), in the
 * chunked shape of {@link Elementwise}.
 */
public final class MathLoops {
    private MathLoops() {}

    /** z = f(x) over n items at x, floats (fromInts: ints, 0N/0I/-0I read as 0n/0i/-0i). */
    public static void apply(DoubleUnaryOperator f, long z, long x, long n, boolean fromInts) {
        if (n <= 0) return;
        int c = Elementwise.chunk(n);
        double[] a = new double[c];
        long[] l = fromInts ? new long[c] : null;
        for (long o = 0; o < n; o += c) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, n - o);
            if (fromInts) {
                Elementwise.load(x + (o << 3), l, m);
                for (int i = 0; i < m; i++) a[i] = f.applyAsDouble(Scalar.i2f(l[i]));
            } else {
                Elementwise.load(x + (o << 3), a, m);
                for (int i = 0; i < m; i++) a[i] = f.applyAsDouble(a[i]);
            }
            Elementwise.store(a, z + (o << 3), m);
        }
    }

    /** z = x mod d over n ints ({@link Scalar#mod(long, long)}). */
    public static void modInts(long z, long x, long n, long d) {
        if (n <= 0) return;
        int c = Elementwise.chunk(n);
        long[] a = new long[c];
        for (long o = 0; o < n; o += c) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, n - o);
            Elementwise.load(x + (o << 3), a, m);
            for (int i = 0; i < m; i++) a[i] = Scalar.mod(a[i], d);
            Elementwise.store(a, z + (o << 3), m);
        }
    }

    /**
     * z = x mod g over n floats ({@link Scalar#mod(double, double)}), or n ints (fromInts) each
     * cast to a double as Kona does (0N as -2^63, not 0n).
     */
    public static void modFloats(long z, long x, long n, double g, boolean fromInts) {
        if (n <= 0) return;
        int c = Elementwise.chunk(n);
        double[] a = new double[c];
        long[] l = fromInts ? new long[c] : null;
        for (long o = 0; o < n; o += c) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, n - o);
            if (fromInts) {
                Elementwise.load(x + (o << 3), l, m);
                for (int i = 0; i < m; i++) a[i] = Scalar.mod((double) l[i], g);
            } else {
                Elementwise.load(x + (o << 3), a, m);
                for (int i = 0; i < m; i++) a[i] = Scalar.mod(a[i], g);
            }
            Elementwise.store(a, z + (o << 3), m);
        }
    }

    /** z = |x| over n ints (0N stays 0N: it is its own negation). */
    public static void absInts(long z, long x, long n) {
        if (n <= 0) return;
        int c = Elementwise.chunk(n);
        long[] a = new long[c];
        for (long o = 0; o < n; o += c) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, n - o);
            Elementwise.load(x + (o << 3), a, m);
            for (int i = 0; i < m; i++) a[i] = Math.abs(a[i]);
            Elementwise.store(a, z + (o << 3), m);
        }
    }
}

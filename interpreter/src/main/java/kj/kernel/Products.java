package kj.kernel;

import static kj.kernel.Elementwise.CHUNK;
import static kj.kernel.Elementwise.load;
import static kj.kernel.Elementwise.store;

import kj.kpool.Mem;

/**
 * Inner products, each sum taken in the order +/ folds (from the first product on, each next one
 * added), so that floats round as the written form does and ints wrap. The dot product sums
 * x[i]*y[i] over two vectors read a chunk at a time. The matrix product's loop makes one row of
 * the answer, a[0]*rows[0] + a[1]*rows[1] + ..., each chunk of it summed in an on-heap array over
 * all the rows before it is stored: no intermediate row is made.
 */
public final class Products {
    private Products() {}

    /** The sum of x[i]*y[i] over the n ints at x and at y (wrapping); 0 when n is 0. */
    public static long dotInts(long x, long y, long n) {
        Scratch s = Scratch.get();
        long[] a = s.a, b = s.b;
        long acc = 0;
        for (long o = 0; o < n; o += CHUNK) {
            Elementwise.poll(o);
            int c = (int) Math.min(CHUNK, n - o);
            load(x + (o << 3), a, c);
            load(y + (o << 3), b, c);
            acc += dot(a, b, c);
        }
        return acc;
    }

    private static long dot(long[] a, long[] b, int c) {
        long acc = 0;
        for (int j = 0; j < c; j++) acc += a[j] * b[j];
        return acc;
    }

    /** The sum of x[i]*y[i] over the n floats at x and at y, from x[0]*y[0] on in order; 0.0 when n is 0. */
    public static double dotFloats(long x, long y, long n) {
        if (n == 0) return 0.0;
        Scratch s = Scratch.get();
        double[] a = s.fa, b = s.fb;
        double acc = Mem.getDouble(x) * Mem.getDouble(y);
        for (long o = 1; o < n; o += CHUNK) {
            Elementwise.poll(o);
            int c = (int) Math.min(CHUNK, n - o);
            load(x + (o << 3), a, c);
            load(y + (o << 3), b, c);
            acc = dot(acc, a, b, c);
        }
        return acc;
    }

    private static double dot(double acc, double[] a, double[] b, int c) {
        for (int j = 0; j < c; j++) acc += a[j] * b[j];
        return acc;
    }

    /** z[0..m) = sum over k of a[k] * (the m ints at rows[k]); a and rows have the same length, at least 1. */
    public static void ints(long z, long[] a, long[] rows, int m) {
        Scratch s = Scratch.get();
        long[] acc = s.r, b = s.b;
        for (int o = 0; o < m; o += CHUNK) {
            int c = Math.min(CHUNK, m - o);
            long at = (long) o << 3;
            load(rows[0] + at, b, c);
            first(acc, a[0], b, c);
            for (int k = 1; k < a.length; k++) {
                load(rows[k] + at, b, c);
                addProduct(acc, a[k], b, c);
            }
            store(acc, z + at, c);
        }
    }

    /** As {@link #ints} over floats. */
    public static void floats(long z, double[] a, long[] rows, int m) {
        Scratch s = Scratch.get();
        double[] acc = s.fr, b = s.fb;
        for (int o = 0; o < m; o += CHUNK) {
            int c = Math.min(CHUNK, m - o);
            long at = (long) o << 3;
            load(rows[0] + at, b, c);
            first(acc, a[0], b, c);
            for (int k = 1; k < a.length; k++) {
                load(rows[k] + at, b, c);
                addProduct(acc, a[k], b, c);
            }
            store(acc, z + at, c);
        }
    }

    private static void first(long[] acc, long k, long[] b, int c) {
        for (int j = 0; j < c; j++) acc[j] = k * b[j];
    }

    private static void addProduct(long[] acc, long k, long[] b, int c) {
        for (int j = 0; j < c; j++) acc[j] += k * b[j];
    }

    private static void first(double[] acc, double k, double[] b, int c) {
        for (int j = 0; j < c; j++) acc[j] = k * b[j];
    }

    private static void addProduct(double[] acc, double k, double[] b, int c) {
        for (int j = 0; j < c; j++) acc[j] += k * b[j];
    }
}

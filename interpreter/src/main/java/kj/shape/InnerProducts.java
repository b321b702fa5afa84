package kj.shape;

import static kj.value.K.*;

import kj.kernel.Products;
import kj.kpool.Mem;
import kj.value.ListBuilder;

/**
 * The idioms of inner products, each in one pass with no intermediate vector ({@link Products}):
 * {@code +/x*y} on two int or two float vectors of one length (a dot product), and
 * {@code +/'x*\:y} on matrices, x a list of n int vectors of one length k and y a list of k int
 * vectors of one length m (or both all floats): x[i] times y is the list of rows x[i;j]*y[j], and
 * +/ sums them, so row i of the answer is the sum over j of x[i;j]*y[j]. Anything else (other
 * types, ragged rows, counts that do not agree, empty vectors or matrices) is left to the verbs
 * as written.
 */
public final class InnerProducts {
    private InnerProducts() {}

    /**
     * +/x*y: the sum of the products in +/'s order (the first product, then each next one added;
     * ints wrap), 0 or 0.0 for empty vectors; 0 when x and y are not two int or two float vectors
     * of one length (nothing made).
     */
    public static long dot(long x, long y) {
        int t = type(x);
        if (t != type(y) || t != INTV && t != FLOATV || n(x) != n(y)) return 0;
        return t == INTV ? ki(Products.dotInts(data(x), data(y), n(x))) : kf(Products.dotFloats(data(x), data(y), n(x)));
    }

    /** +/'x*\:y: the matrix product, or 0 when x and y are not matrices it covers (nothing made). */
    public static long matrix(long x, long y) {
        if (type(x) != LIST || type(y) != LIST) return 0;
        int rows = rowType(x);
        if (rows == 0 || rowType(y) != rows) return 0;
        long n = n(x), k = n(y), m = n(getL(y, 0));
        if (n(getL(x, 0)) != k || k > Integer.MAX_VALUE || m > Integer.MAX_VALUE) return 0;
        long[] ys = new long[(int) k];
        for (int j = 0; j < k; j++) ys[j] = data(getL(y, j));
        try (ListBuilder b = new ListBuilder(n)) {
            long[] a = rows == INTV ? new long[(int) k] : null;
            double[] f = rows == FLOATV ? new double[(int) k] : null;
            for (long i = 0; i < n; i++) {
                long xi = data(getL(x, i)), z = newVec(rows, m);
                if (a != null) {
                    Mem.getLongs(xi, a, (int) k);
                    Products.ints(data(z), a, ys, (int) m);
                } else {
                    java.lang.foreign.MemorySegment.copy(Mem.ALL, Mem.DOUBLE, xi, f, 0, (int) k);
                    Products.floats(data(z), f, ys, (int) m);
                }
                b.add(z);
            }
            return b.build();
        }
    }

    /** INTV or FLOATV when x has items, all of that type and of one length, at least 1; else 0. */
    private static int rowType(long x) {
        long n = n(x);
        if (n == 0) return 0;
        long first = getL(x, 0);
        int t = type(first);
        if (t != INTV && t != FLOATV || n(first) == 0) return 0;
        for (long i = 1; i < n; i++) {
            long r = getL(x, i);
            if (type(r) != t || n(r) != n(first)) return 0;
        }
        return t;
    }
}

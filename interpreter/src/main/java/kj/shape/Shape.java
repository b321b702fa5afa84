package kj.shape;

import static kj.value.K.*;

/**
 * ^x: the shape of x, as far as x is rectangular: the count at each depth, following the first
 * items down, kept only while every item at that depth agrees. Atoms have the empty shape.
 */
public final class Shape {
    private Shape() {}

    public static long shape(long x) {
        int depth = 0;
        for (long c = x; type(c) <= 0; c = getL(c, 0)) {
            depth++;
            if (type(c) != LIST || n(c) == 0) break;
        }
        long[] dims = new long[depth];
        long c = x;
        for (int d = 0; d < depth; d++) {
            dims[d] = n(c);
            if (d < depth - 1) c = getL(c, 0);
        }
        int k = conforming(x, dims, 0);
        return ints(java.util.Arrays.copyOf(dims, k));
    }

    /** How many of the dimensions from d on x agrees with. */
    private static int conforming(long x, long[] dims, int d) {
        if (type(x) > 0 || n(x) != dims[d]) return 0;
        if (d == dims.length - 1 || type(x) < 0) return 1;
        int k = dims.length - d - 1;
        for (long i = 0, n = n(x); i < n && k > 0; i++) k = Math.min(k, conforming(getL(x, i), dims, d + 1));
        return 1 + k;
    }
}

package kj.shape;

import static kj.value.K.*;

import kj.kernel.Transposes;
import kj.value.ListBuilder;

/**
 * The transpose of a matrix whose rows are vectors of one type and one length (the common
 * case of +x): item i of row j goes to item j of row i, by blocks ({@link Transposes}).
 */
final class Transpose {
    private Transpose() {}

    /** +x when x's p items are vectors of type t and length q each, or 0 when they are not. */
    static long uniform(long x) {
        long p = n(x);
        long first = getL(x, 0);
        int t = type(first);
        if (t >= 0 || t == LIST) return 0;
        long q = n(first);
        if (q > Integer.MAX_VALUE - 8) return 0;
        for (long j = 1; j < p; j++) {
            long r = getL(x, j);
            if (type(r) != t || n(r) != q) return 0;
        }
        long z = ListBuilder.map(q, i -> newVec(t, p));
        long[] src = new long[(int) p], dst = new long[(int) q];
        for (int j = 0; j < p; j++) src[j] = data(getL(x, j));
        for (int k = 0; k < q; k++) dst[k] = data(getL(z, k));
        Transposes.transpose(src, dst, width(t));
        return z;
    }
}

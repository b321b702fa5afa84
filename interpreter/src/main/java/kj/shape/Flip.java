package kj.shape;

import static kj.value.K.*;

import kj.error.KError;
import kj.kernel.Gathers;
import kj.value.ListBuilder;

/**
 * +x: transposes a list of lists: item i of the result holds item i of each item of x, atoms
 * standing for every item. A row whose items share one simple type (with no promotion of int
 * to float) is a vector. Atoms, vectors and lists of atoms are their own flip.
 */
public final class Flip {
    private Flip() {}

    public static long flip(long x) {
        if (type(x) != LIST || n(x) == 0) return ci(x);
        long fast = Transpose.uniform(x);
        if (fast != 0) return fast;
        long p = n(x);
        long q = -1;
        for (long j = 0; j < p; j++) {
            long c = getL(x, j);
            if (type(c) <= 0) q = n(c);
        }
        if (q < 0) return ci(x);
        for (long j = 0; j < p; j++) {
            long c = getL(x, j);
            if (type(c) <= 0 && n(c) != q) throw KError.length();
        }
        return ListBuilder.map(q, i -> row(x, p, i));
    }

    /** The simple atom type of item i of column c, or LIST when it is not a simple atom. */
    private static int cellType(long c, long i) {
        int t = type(c);
        if (t < 0) return -t;
        if (t == LIST) t = type(getL(c, i));
        return Build.simpleAtom(t) ? t : LIST;
    }

    private static long row(long x, long p, long i) {
        int t = cellType(getL(x, 0), i);
        for (long j = 1; j < p && t != LIST; j++) if (cellType(getL(x, j), i) != t) t = LIST;
        if (t == LIST) return ListBuilder.map(p, j -> Build.item(getL(x, j), i));
        int w = width(t);
        long[] at = new long[Math.toIntExact(p)];
        for (int j = 0; j < at.length; j++) at[j] = address(getL(x, j), i, w);
        return ListBuilder.fill(newVec(-t, p), y -> Gathers.addressed(data(y), w, at, at.length));
    }

    /** Where item i of column c lies (of the row's simple type, w bytes): the atom, a list's atom, or a vector's item. */
    private static long address(long c, long i, int w) {
        int t = type(c);
        return t > 0 ? data(c) : t == LIST ? data(getL(c, i)) : data(c) + i * w;
    }
}

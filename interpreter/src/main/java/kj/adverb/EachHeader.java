package kj.adverb;

import static kj.value.K.*;

import kj.kpool.Mem;
import kj.prim.Verbs;
import kj.value.Fn;
import kj.value.ListBuilder;

/**
 * {@code #:'x} and {@code ^:'x} on a general list, answered from each item's header without a
 * call per item: the count of a vector or list is its length and of an atom 1; the shape of a
 * vector is {@code ,n} and of an atom {@code !0}. Any other item (a list, whose shape needs its
 * rows; a hashed table, whose count is its slots) leaves the whole each to the general path.
 */
final class EachHeader {
    private static final int COUNT = Verbs.index("#"), SHAPE = Verbs.index("^");

    private EachHeader() {}

    /** f'y for a non-empty general list y, or 0 when f is not #: or ^: or an item needs the general path. */
    static long monadic(long f, long y) {
        if (type(f) != FUNC || subKind(f) != Fn.VERB || !Fn.verbMonadic(f)) return 0;
        int v = Fn.verbIndex(f);
        if (v != COUNT && v != SHAPE) return 0;
        long n = n(y);
        for (long i = 0; i < n; i++) if (!plain(getL(y, i), v == COUNT)) return 0;
        return v == COUNT ? counts(y, n) : shapes(y, n);
    }

    /** An item whose count (or shape) its header says: a vector or an atom; for the count a list or dict too. */
    private static boolean plain(long item, boolean count) {
        int t = type(item);
        if (t < -SYM || t > FUNC) return false; // a hashed table
        return count || t != LIST && t != DICT;
    }

    private static long counts(long y, long n) {
        long z = newVec(INTV, n);
        long at = data(z);
        for (long i = 0; i < n; i++) {
            long item = getL(y, i);
            Mem.putLong(at + 8 * i, type(item) <= 0 ? n(item) : 1);
        }
        return z;
    }

    private static long shapes(long y, long n) {
        try (ListBuilder b = new ListBuilder(n)) {
            for (long i = 0; i < n; i++) {
                long item = getL(y, i);
                if (type(item) < 0) {
                    long s = newVec(INTV, 1);
                    Mem.putLong(data(s), n(item));
                    b.add(s);
                } else {
                    b.add(newVec(INTV, 0));
                }
            }
            return b.build();
        }
    }
}

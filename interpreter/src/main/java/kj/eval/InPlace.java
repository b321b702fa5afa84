package kj.eval;

import static kj.value.K.*;

import kj.value.Dict;
import kj.value.Lists;
import kj.prim.Verbs;

/**
 * The common shapes of indexed assignment done without the general amend: {@code a[i]:y} and
 * {@code a[i] op: y} with one atom index into a vector or dict that the variable alone holds.
 * A loop such as {@code do[n; a[17]+:1]} then allocates only the atoms it computes. Anything
 * else (a shared value, an index out of range, an item that would change the vector's type)
 * returns 0 and leaves the variable untouched, so the caller can take the general path.
 */
final class InPlace {
    private InPlace() {}

    /**
     * x[i] op: y (op &lt; 0: plain x[i]:y) changed where x lies; returns the new item (owned),
     * or 0 when this shape is not one handled here. x, i and y are borrowed.
     */
    static long amend(long x, long i, int op, long y) {
        if (x == 0 || !isUnique(x)) return 0;
        int t = type(x), ti = type(i);
        if (t < 0 && ti == INT) return vector(x, iv(i), op, y);
        if (t == DICT && ti == SYM) return dict(x, sv(i), op, y);
        return 0;
    }

    private static long vector(long x, long i, int op, long y) {
        if (i < 0 || i >= n(x)) return 0;
        long r;
        if (op < 0) {
            r = ci(y);
        } else {
            long item = Lists.item(x, i);
            try {
                r = Verbs.get(op).dyad(item, y);
            } finally {
                cd(item);
            }
        }
        if (type(r) != -type(x)) {
            cd(r);
            return 0;
        }
        switch (type(x)) {
            case INTV -> setI(x, i, iv(r));
            case FLOATV -> setF(x, i, fv(r));
            case CHARV -> setC(x, i, cv(r));
            default -> setS(x, i, sv(r));
        }
        return r;
    }

    /** An existing key only: a new one also needs the attributes slot set up by the general path. */
    private static long dict(long d, int key, int op, long y) {
        long at = Dict.find(d, key);
        if (at < 0) return 0;
        long r = op < 0 ? ci(y) : Verbs.get(op).dyad(Dict.value(d, at), y);
        Dict.replaceValue(d, at, ci(r));
        return r;
    }
}

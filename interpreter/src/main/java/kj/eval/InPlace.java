package kj.eval;

import static kj.value.K.*;

import kj.kernel.Scalar;
import kj.kernel.Scatter;
import kj.prim.Atomic;
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
     * x[i] op: y (op &lt; 0: plain x[i]:y) changed where x lies; returns the new item (owned) when
     * wanted, else a value to release; 0 when this shape is not one handled here. x, i and y are
     * borrowed.
     */
    static long amend(long x, long i, int op, long y, boolean wanted) {
        if (x == 0 || !isUnique(x)) return 0;
        int t = type(x), ti = type(i);
        if (t < 0 && ti == INT) return vector(x, iv(i), op, y, wanted);
        if (t < 0 && ti == INTV && op < 0) return scatter(x, i, y);
        if (t == DICT && ti == SYM) return dict(x, sv(i), op, y, wanted);
        return 0;
    }

    private static long vector(long x, long i, int op, long y, boolean wanted) {
        if (i < 0 || i >= n(x)) return 0;
        if (numbers(x, i, op, y)) return !wanted ? nil() : type(x) == INTV ? ki(getI(x, i)) : kf(getF(x, i));
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

    /**
     * x[i]:y with a vector of indices, all in range, and y an atom of x's type or a vector of
     * x's type and i's count: written where x lies. Later indices win, as in the general path.
     */
    private static long scatter(long x, long i, long y) {
        int t = type(x), ty = type(y);
        long n = n(i);
        boolean ys = ty == t && n(y) == n;
        if (!ys && ty != -t) return 0;
        if (!Scatter.inRange(data(i), n, n(x))) return 0;
        Scatter.put(data(x), width(t), data(i), n, data(y), ys);
        return kj.index.Index.apply(x, new long[] {i});
    }

    /**
     * Item i of the int or float vector or atom x, op y, written where it lies when it is a number
     * of x's type (int op int but ^, float op int or float but a comparison): true when done.
     * No atom is made for the item or the result.
     */
    private static boolean numbers(long x, long i, int op, long y) {
        Atomic.Op a = op < 0 ? null : Verbs.row(op).atomic();
        if (a == null) return false;
        int t = Math.abs(type(x)), ty = type(y);
        if (t == INT && ty == INT && a != Atomic.Op.POWER) {
            setI(x, i, Atomic.ints(a, getI(x, i), iv(y)));
            return true;
        }
        if (t == FLOAT && (ty == FLOAT || ty == INT) && !a.comparison()) {
            setF(x, i, Atomic.floats(a, getF(x, i), ty == FLOAT ? fv(y) : Scalar.i2f(iv(y))));
            return true;
        }
        return false;
    }

    /**
     * x[i] op: y for an int vector x its variable alone holds and an int y, no atom made: true
     * when done; false, x untouched, when x is not an int vector, i is out of range or op gives
     * floats (^).
     */
    static boolean intItem(long x, long i, Atomic.Op op, long y) {
        if (type(x) != INTV || i < 0 || i >= n(x) || op == Atomic.Op.POWER) return false;
        setI(x, i, Atomic.ints(op, getI(x, i), y));
        return true;
    }

    /**
     * As {@link #intItem} for d[key] op: y, d a dict its variable alone holds, on an int atom
     * entry: changed where it lies when only d holds it, else replaced by a fresh atom of d's own
     * (a small int is the workspace's shared atom: {@code d[`a]+:1} from 1 made a thousand
     * turns go the general way, 1,000 more cells, before its count passed 1023).
     */
    static boolean intEntry(long d, int key, Atomic.Op op, long y) {
        if (type(d) != DICT || op == Atomic.Op.POWER) return false;
        long at = Dict.find(d, key);
        long old = at < 0 ? 0 : Dict.value(d, at);
        if (old == 0 || type(old) != INT) return false;
        long v = Atomic.ints(op, iv(old), y);
        if (isUnique(old)) setI(old, 0, v);
        else Dict.replaceValue(d, at, ki(v));
        return true;
    }

    /** An existing key only: a new one also needs the attributes slot set up by the general path. */
    private static long dict(long d, int key, int op, long y, boolean wanted) {
        long at = Dict.find(d, key);
        if (at < 0) return 0;
        long old = Dict.value(d, at);
        if (type(old) > 0 && isUnique(old) && numbers(old, 0, op, y)) return wanted ? ci(old) : nil(); // a number atom
        long r = op < 0 ? ci(y) : Verbs.get(op).dyad(old, y);
        Dict.replaceValue(d, at, ci(r));
        return r;
    }
}

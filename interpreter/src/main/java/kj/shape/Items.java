package kj.shape;

import static kj.value.K.*;

import kj.error.KError;
import kj.kernel.Fills;
import kj.kernel.Moves;
import kj.value.ListBuilder;

/** The small monadic verbs on items: first, reverse, where, count, atom, enlist. */
public final class Items {
    private Items() {}

    /** *x: the first item; an empty vector gives its prototype atom, an empty list nil. */
    public static long first(long x) {
        int t = type(x);
        if (t > 0) return ci(x);
        if (n(x) == 0) return Build.prototype(t);
        return Build.item(x, 0);
    }

    /** |x: items in reverse order; atoms are their own reverse. */
    public static long reverse(long x) {
        int t = type(x);
        if (t > 0) return ci(x);
        long n = n(x);
        long z = newVec(t, n);
        Moves.reverse(width(t), data(z), data(x), n);
        if (t == LIST) Moves.retainEach(data(z), n); // the items are now shared
        return z;
    }

    /** &x: each index i repeated x[i] times; negative counts count as 0. */
    public static long where(long x) {
        int t = type(x);
        if (t <= 0 && n(x) == 0) return newVec(INTV, 0);
        if (t != INT && t != INTV) throw KError.intError();
        long n = t == INT ? 1 : n(x), total = Fills.whereCount(data(x), n); // an atom's payload is its one int
        if (total < 0) throw KError.intError();
        return ListBuilder.fill(Build.vec(INTV, total), z -> Fills.where(data(z), data(x), n));
    }

    /** #x: 1 for an atom, and a hash table's slots (Kona's count of its type -5). */
    public static long count(long x) { return ki(type(x) == HASH ? n(kj.sys.Hashes.slotsOf(x)) : Build.count(x)); }

    /** @x: 1 for an atom; a hash table is not one (K's type -5). */
    public static long atom(long x) { return ki(type(x) > 0 && type(x) != HASH ? 1 : 0); }

    /** ,x: a one-item vector for a simple atom, else a one-item list. */
    public static long enlist(long x) {
        int t = type(x);
        if (!Build.simpleAtom(t)) return listOf(ci(x));
        long z = newVec(-t, 1);
        switch (t) {
            case INT -> setI(z, 0, iv(x));
            case FLOAT -> setF(z, 0, fv(x));
            case CHAR -> setC(z, 0, cv(x));
            default -> setS(z, 0, sv(x));
        }
        return z;
    }
}

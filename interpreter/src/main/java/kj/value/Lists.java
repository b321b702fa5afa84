package kj.value;

import static kj.value.K.*;

/** Building lists: K keeps a list of same-typed atoms as a vector. */
public final class Lists {
    private Lists() {}

    /**
     * A list of the given items (owned references, taken over): a vector when every item is an
     * atom of one type among int, float, char, symbol; else a general list.
     */
    public static long of(long[] items) {
        int n = items.length;
        long x;
        try {
            x = newList(n);
        } catch (Throwable e) {
            for (long a : items) cd(a);
            throw e;
        }
        for (int i = 0; i < n; i++) setL(x, i, items[i]);
        return collapse(x);
    }

    /**
     * Collapses a general list (owned) into a vector when its items are atoms of one type among
     * int, float, char, symbol; else gives it back as it is. On failure x is released.
     */
    public static long collapse(long x) {
        if (type(x) != LIST) return x;
        long n = n(x);
        if (n == 0) return x;
        int t = type(getL(x, 0));
        if (t < INT || t > SYM) return x;
        for (long i = 1; i < n; i++) if (type(getL(x, i)) != t) return x;
        long v;
        try {
            v = newVec(-t, n);
        } catch (Throwable e) {
            cd(x);
            throw e;
        }
        for (long i = 0; i < n; i++) {
            long a = getL(x, i);
            switch (t) {
                case INT -> setI(v, i, iv(a));
                case FLOAT -> setF(v, i, fv(a));
                case CHAR -> setC(v, i, cv(a));
                default -> setS(v, i, sv(a));
            }
        }
        cd(x);
        return v;
    }

    /** Item i of any list or vector as a value (owned): atoms for vectors. */
    public static long item(long x, long i) {
        return switch (type(x)) {
            case LIST -> ci(getL(x, i));
            case INTV -> ki(getI(x, i));
            case FLOATV -> kf(getF(x, i));
            case CHARV -> kc(getC(x, i));
            case SYMV -> ks(getS(x, i));
            case DICT -> Dict.entry(x, i);
            default -> ci(x);
        };
    }
}

package kj.sys;

import static kj.value.K.*;

import kj.kernel.Search;

import kj.prim.Match;
import kj.shape.Order;
import kj.error.KError;
import kj.value.Dict;
import kj.value.Lists;
import kj.value.Sym;

/**
 * Membership and deletion: _in _lin _dv _dvl _di _hat, and the binary searches _bin _binl.
 * Items are found as ? finds them: numbers equal within tolerance (an int finds a float),
 * other items by match.
 */
final class Sets {
    private Sets() {}

    /** Whether the atom or item a is found as b (the rule of y?x). */
    static boolean same(long a, long b) {
        int ta = type(a), tb = type(b);
        if ((ta == INT || ta == FLOAT) && (tb == INT || tb == FLOAT)) {
            if (ta == INT && tb == INT) return iv(a) == iv(b);
            double x = ta == INT ? iv(a) : fv(a), y = tb == INT ? iv(b) : fv(b);
            return Match.sameFloat(x, y);
        }
        return Match.match(a, b);
    }

    /** The index of x in the list or vector y, or #y. */
    static long find(long y, long x) {
        if (type(y) > 0) throw KError.domain();
        return kj.shape.Find.index(y, x);
    }

    /** x _in y : 1 when x is an item of y (for an atom y, when x matches it). */
    static long in(long x, long y) {
        if (type(y) > 0) return ki(Match.match(x, y) ? 1 : 0);
        if (type(y) == FLOATV && type(x) == FLOAT && Double.isNaN(fv(x))) {
            for (long i = 0, n = n(y); i < n; i++) if (Double.isNaN(getF(y, i))) return ki(1);
            return ki(0);
        }
        return ki(find(y, x) < n(y) ? 1 : 0);
    }

    /** x _lin y : _in for each item of x. */
    static long lin(long x, long y) {
        if (type(x) > 0) return in(x, y);
        boolean[] found = members(x, y);
        if (found.length == 0) return newList(0); // Kona: an empty x gives (), whatever its type
        long[] v = new long[found.length];
        for (int i = 0; i < found.length; i++) v[i] = found[i] ? 1 : 0;
        long z = newVec(INTV, found.length);
        kj.kpool.Mem.putLongs(v, data(z), found.length);
        return z;
    }

    /** For each item of the list x, whether it is an item of y (as _in finds it). */
    private static boolean[] members(long x, long y) {
        int tx = type(x), ty = type(y);
        int n = (int) n(x);
        boolean[] found = new boolean[n];
        if ((tx == INTV || tx == SYMV || tx == CHARV) && ty == tx) {
            return Search.members(data(x), n, data(y), (int) n(y), width(tx));
        }
        for (int i = 0; i < n; i++) {
            long a = Lists.item(x, i);
            try {
                long r = type(y) > 0 ? ki(Match.match(a, y) ? 1 : 0) : in(a, y);
                found[i] = iv(r) != 0;
                cd(r);
            } finally {
                cd(a);
            }
        }
        return found;
    }

    /** x _dvl y : the items of x not found in the list y (an atom y is a domain error, as Kona). */
    static long dvl(long x, long y) {
        if (type(y) > 0) throw KError.domain();
        if (type(x) > 0) throw KError.type();
        boolean[] keep = members(x, y);
        for (int i = 0; i < keep.length; i++) keep[i] = !keep[i];
        return select(x, keep);
    }

    /** x _dv y : x without the items equal to y. */
    static long dv(long x, long y) {
        if (type(x) > 0) throw KError.type();
        int tx = type(x), ty = type(y);
        int n = (int) n(x);
        boolean[] keep;
        if (tx == INTV && ty == INT) {
            keep = Search.unequal(data(x), n, 8, iv(y));
        } else if (tx == SYMV && ty == SYM) {
            keep = Search.unequal(data(x), n, 4, sv(y));
        } else if (tx == CHARV && ty == CHAR) {
            keep = Search.unequal(data(x), n, 1, (byte) cv(y));
        } else if (tx == FLOATV && (ty == FLOAT || ty == INT)) {
            keep = Search.unequalFloat(data(x), n, ty == INT ? iv(y) : fv(y), false);
        } else if (tx == INTV && ty == FLOAT) {
            keep = Search.unequalFloat(data(x), n, fv(y), true);
        } else if (tx < 0) {
            keep = new boolean[n];
            java.util.Arrays.fill(keep, true);
        } else {
            keep = new boolean[n];
            for (int i = 0; i < n; i++) keep[i] = !same(getL(x, i), y);
        }
        return select(x, keep);
    }

    /** x _hat y : x _dvl y, where an int x stands for !x and an atom y for ,y. */
    static long hat(long x, long y) {
        if (type(x) == INT) {
            long n = iv(x);
            if (n < 0) throw KError.domain();
            if (n > Integer.MAX_VALUE) throw new KError.WsFull();
            long r = newVec(INTV, n);
            kj.kernel.Fills.iota(data(r), n);
            try {
                return hat(r, y);
            } finally {
                cd(r);
            }
        }
        return type(y) > 0 ? dv(x, y) : dvl(x, y);
    }

    /** x _di y : x without the items at the indices y; for a dict, without the keys y. */
    static long di(long x, long y) {
        if (type(x) == DICT) return dictDelete(x, y);
        if (type(x) > 0) throw KError.domain(); // as Kona: an atom has no items to delete
        long n = n(x);
        boolean[] keep = new boolean[(int) n];
        java.util.Arrays.fill(keep, true);
        if (type(y) == INT) drop(keep, iv(y));
        else if (type(y) == INTV) for (long i = 0, m = n(y); i < m; i++) drop(keep, getI(y, i));
        else if (type(y) == LIST && n(y) == 0) { }
        else throw KError.type();
        return select(x, keep);
    }

    private static void drop(boolean[] keep, long i) {
        if (i < 0 || i >= keep.length) throw KError.index();
        keep[(int) i] = false;
    }

    private static long dictDelete(long d, long y) {
        long n = n(d);
        boolean[] keep = new boolean[(int) n];
        java.util.Arrays.fill(keep, true);
        if (type(y) == SYM) dropKey(d, keep, sv(y));
        else if (type(y) == SYMV) for (long i = 0, m = n(y); i < m; i++) dropKey(d, keep, getS(y, i));
        else if (type(y) <= 0 && n(y) == 0) return ci(d); // no keys to delete, of any type (Kona)
        else throw KError.index(); // as Kona: what is no symbol is a key the dict does not hold
        int kept = 0;
        for (boolean k : keep) if (k) kept++;
        long z = newVec(DICT, kept);
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (!keep[i]) continue;
            long a = Dict.attr(d, i);
            Dict.set(z, j++, Dict.key(d, i), ci(Dict.value(d, i)), a == 0 ? 0 : ci(a));
        }
        return z;
    }

    private static void dropKey(long d, boolean[] keep, int key) {
        long i = Dict.find(d, key);
        if (i < 0) throw KError.index();
        keep[(int) i] = false;
    }

    /** The items of x whose keep flag is set: a vector keeps its type, a list is collapsed. */
    static long select(long x, boolean[] keep) {
        int t = type(x);
        long m = 0;
        for (boolean k : keep) if (k) m++;
        if (t == LIST) {
            long z = newList(m);
            long j = 0;
            for (int i = 0; i < keep.length; i++) if (keep[i]) setL(z, j++, ci(getL(x, i)));
            return Lists.collapse(z);
        }
        long z = newVec(t, m);
        long j = 0;
        for (int i = 0; i < keep.length; i++) {
            if (!keep[i]) continue;
            switch (t) {
                case INTV -> setI(z, j, getI(x, i));
                case FLOATV -> setF(z, j, getF(x, i));
                case CHARV -> setC(z, j, getC(x, i));
                case SYMV -> setS(z, j, getS(x, i));
                default -> throw KError.type();
            }
            j++;
        }
        return z;
    }

    // ---- binary search ----

    /**
     * x _bin y: where y goes in the sorted x. Kona's probe sequence (the middle of the range,
     * then the half y is on; on an equal item, the first of a run of equal ones), so an x that
     * is not sorted gives Kona's answer too; items compare in grade's order, an int and a float
     * by value.
     */
    static long bin(long x, long y) {
        if (type(x) > 0) throw KError.rank();
        long lo = 0, hi = n(x) - 1;
        if (hi < 0) return ki(0);
        while (true) {
            long i = lo + (hi - lo) / 2; // truncated toward 0, as C: the range may be empty here
            int r = compareItem(x, i, y);
            if (r == 0) {
                if (i > 0 && compareItem(x, i - 1, y) == 0) r = 1;
                else return ki(i);
            }
            if (lo >= hi) return ki(r < 0 ? i + 1 : i);
            if (r > 0) hi = i - 1;
            else lo = i + 1;
        }
    }

    /** x _binl y : _bin for each item of y. */
    static long binl(long x, long y) {
        if (type(y) > 0) return bin(x, y);
        long n = n(y);
        return kj.value.ListBuilder.fill(newVec(INTV, n), z -> {
            for (long i = 0; i < n; i++) {
                long b = Lists.item(y, i);
                try {
                    long r = bin(x, b);
                    setI(z, i, iv(r));
                    cd(r);
                } finally {
                    cd(b);
                }
            }
        });
    }

    /** x[i] against y: grade's order of K values, except that an int and a float atom compare by value. */
    private static int compareItem(long x, long i, long y) {
        int tx = type(x), ty = type(y);
        if (tx == INTV && ty == INT) return Long.compare(getI(x, i), iv(y));
        if (tx == SYMV && ty == SYM) return Integer.signum(Sym.compare(getS(x, i), sv(y)));
        if (tx == CHARV && ty == CHAR) return Integer.compare(getC(x, i), cv(y));
        long a = Lists.item(x, i);
        try {
            int ta = type(a);
            if (ta == INT && ty == FLOAT) return Order.floats(iv(a), fv(y));
            if (ta == FLOAT && ty == INT) return Order.floats(fv(a), iv(y));
            return Order.compare(a, y);
        } finally {
            cd(a);
        }
    }
}

package kj.index;

import static kj.value.K.*;

import kj.kernel.Gathers;
import kj.kernel.Scatter;

import kj.error.KError;
import kj.value.Context;
import kj.value.Dict;
import kj.value.ListBuilder;
import kj.value.Lists;

/**
 * Indexing data: x[i], x[i;j] (at depth), x[;j] (elided = every item), x@i, x . path, d`a.
 * An index at one level is an int (list or vector position), a symbol (dict key), nil (all), a
 * vector of those, or a general list whose items are indexes at that same level; the result
 * has the shape of the index. A function met on the way is applied to the indexes left.
 */
public final class Index {
    private static final long[] NO_PATH = {};

    private Index() {}

    /** x[args] (borrowed; 0 = elided); a symbol x stands for the global it names. */
    public static long apply(long x, long[] args) {
        if (type(x) == SYM) x = Handles.value(x);
        // an atom has no items to index: 5[1] and 5 . 1 are rank errors in Kona (5@1 is a type error)
        if (type(x) >= INT && type(x) <= SYM) throw KError.rank();
        // nil applied gives back its argument, or the list of them: _n["s"] is "s" (_n@"s" is not), _n[1;2] 1 2
        if (type(x) == NIL && args.length == 1 && args[0] != 0) return ci(args[0]);
        if (type(x) == NIL && args.length > 1) return Lists.collapse(ListBuilder.map(args.length, j -> arg(args[(int) j])));
        return path(x, args, 0);
    }

    private static long arg(long a) { return a == 0 ? nil() : ci(a); }

    /** x@i: i indexes the top level only. */
    public static long at(long x, long i) { return level(x, i, NO_PATH, 0); }

    /** x indexed by p[k], p[k+1], ... in turn (p borrowed, 0 = elided). */
    public static long path(long x, long[] p, int k) {
        if (k == p.length) return ci(x);
        return level(x, p[k], p, k + 1);
    }

    /** x indexed by idx at its top level, then by p[next..] below. */
    static long level(long x, long idx, long[] p, int next) {
        int xt = type(x);
        if (xt == FUNC) return call(x, idx, p, next);
        int it = idx == 0 ? NIL : type(idx);
        boolean last = next == p.length;
        if (xt == NIL) return ofNil(idx, it, p, next);
        switch (it) {
            case NIL -> {
                if (xt == DICT) return values(x, p, next);
                if (xt > 0) throw KError.type();
                if (last) return ci(x);
                return each(x, n(x), p, next);
            }
            case INT -> {
                if (xt > 0) throw KError.type();
                long i = iv(idx);
                if (i < 0 || i >= n(x)) throw KError.index();
                if (xt == LIST) return path(getL(x, i), p, next);
                long a = Lists.item(x, i);
                if (last) return a;
                try {
                    return path(a, p, next);
                } finally {
                    cd(a);
                }
            }
            case INTV -> {
                if (xt > 0) throw KError.type();
                checkBounds(idx, n(x));
                if (last) return gather(x, idx);
                return picked(x, idx, p, next);
            }
            case SYM -> {
                if (xt != DICT) throw KError.type();
                long v = Dict.get(x, sv(idx));
                return path(v == 0 ? nilValue() : v, p, next);
            }
            case SYMV -> {
                if (xt != DICT) throw KError.type();
                long n = n(idx);
                return Lists.collapse(ListBuilder.map(n, j -> {
                    long v = Dict.get(x, getS(idx, j));
                    return path(v == 0 ? nilValue() : v, p, next);
                }));
            }
            case LIST -> {
                long n = n(idx);
                return Lists.collapse(ListBuilder.map(n, j -> level(x, getL(idx, j), p, next)));
            }
            case CHAR, CHARV -> {
                if (xt != DICT) throw KError.type();
                long r = Handles.executeIn(x, str(idx));
                if (last) return r;
                try {
                    return path(r, p, next);
                } finally {
                    cd(r);
                }
            }
            default -> throw KError.type();
        }
    }

    /** A function inside data takes the indexes that are left as its arguments. */
    private static long call(long f, long idx, long[] p, int next) {
        long[] args = new long[1 + p.length - next];
        args[0] = idx == 0 ? nilValue() : idx;
        System.arraycopy(p, next, args, 1, p.length - next);
        return Context.current().apply(f, args);
    }

    /** Kona's nil as data: an int index comes back, a symbol finds nil, nil or () gives (). */
    private static long ofNil(long idx, int it, long[] p, int next) {
        long r = switch (it) {
            case INT, INTV -> ci(idx);
            case SYM -> nil();
            case SYMV -> {
                yield ListBuilder.map(n(idx), j -> nil());
            }
            case NIL -> newList(0);
            default -> {
                if (it <= 0 && n(idx) == 0) yield newList(0);
                throw KError.type();
            }
        };
        if (next == p.length) return r;
        try {
            return path(r, p, next);
        } finally {
            cd(r);
        }
    }

    private static long values(long d, long[] p, int next) {
        long n = n(d);
        return Lists.collapse(ListBuilder.map(n, j -> path(Dict.value(d, j), p, next)));
    }

    /** Every item of the list or vector x indexed further. */
    private static long each(long x, long n, long[] p, int next) {
        return Lists.collapse(ListBuilder.map(n, j -> itemPath(x, j, p, next)));
    }

    private static long picked(long x, long idx, long[] p, int next) {
        long n = n(idx);
        return Lists.collapse(ListBuilder.map(n, j -> itemPath(x, getI(idx, j), p, next)));
    }

    private static long itemPath(long x, long i, long[] p, int next) {
        if (type(x) == LIST) return path(getL(x, i), p, next);
        long a = Lists.item(x, i);
        try {
            return path(a, p, next);
        } finally {
            cd(a);
        }
    }

    static void checkBounds(long idx, long n) {
        long m = n(idx);
        if (!Scatter.inRange(data(idx), m, n)) throw KError.index();
    }

    /** x at the (checked) positions of the int vector idx: a vector of x's type, or a list. */
    static long gather(long x, long idx) {
        long n = n(idx);
        int t = type(x);
        long r = newVec(t, n);
        if (n == 0) return r;
        if (t == LIST) {
            for (long j = 0; j < n; j++) setL(r, j, ci(getL(x, getI(idx, j))));
            return Lists.collapse(r);
        }
        Gathers.gather(data(r), data(x), n(x), width(t), data(idx), n);
        return r;
    }

    static void release(long[] items) {
        for (long v : items) if (v != 0) cd(v);
    }
}

package kj.adverb;

import kj.prim.Primitive;
import static kj.value.K.*;
import static kj.adverb.Adverbs.*;

import kj.shape.Find;
import kj.error.KError;
import kj.value.Context;
import kj.value.Lists;

/** x f/: y (each right), x f\: y (each left) and f': y, x f': y (each prior). */
final class EachSide {
    private EachSide() {}

    /** x f/: y; with only y, f is applied to each item of y alone (as Kona does). */
    static long right(Context in, long f, long[] args) {
        if (args.length > 2) throw KError.valence();
        if (args.length == 1) return atom(args[0]) ? call1(in, f, args[0]) : Each.monadic(in, f, args[0]);
        long x = args[0], y = args[1];
        if (atom(y)) return call2(in, f, x, y);
        Primitive p = dyadicVerb(f);
        if (atomicOverAll(p, x, y)) return call2(in, f, x, y);
        if (p != null && p.eachRight() != null && oneSimpleType(x, y)) return p.eachRight().applyAsLong(x, y);
        return side(in, f, x, y, false);
    }

    /** Int, symbol or char vectors of one type, y not empty: where a one-pass each-right kernel applies. */
    private static boolean oneSimpleType(long x, long y) {
        int t = type(x);
        return (t == INTV || t == SYMV || t == CHARV) && type(y) == t && n(y) > 0;
    }

    static long left(Context in, long f, long[] args) {
        if (args.length != 2) throw KError.valence();
        long x = args[0], y = args[1];
        if (atom(x)) return call2(in, f, x, y);
        Primitive p = dyadicVerb(f);
        if (atomicOverAll(p, y, x)) return call2(in, f, x, y);
        long fast = p != null && p.eachLeft() != null ? p.eachLeft().applyAsLong(x, y) : 0;
        return fast != 0 ? fast : side(in, f, x, y, true);
    }

    /**
     * An atomic verb between an atom and each item of a non-empty list is the verb between the
     * atom and the list (one vector op, not one call per item: {@code x+/:\:y} on 300 ints is
     * 300 vector adds, not 90,000 scalar ones); an empty list keeps the general path (its
     * result is {@code ()}, as Kona's).
     */
    private static boolean atomicOverAll(Primitive p, long atomSide, long listSide) {
        int t = type(atomSide);
        return p != null && p.atomic() != null && t >= INT && t <= SYM && type(listSide) <= 0 && n(listSide) > 0;
    }

    /** f applied between each item of the list side and the whole other side. */
    private static long side(Context in, long f, long x, long y, boolean leftItems) {
        long list = leftItems ? x : y;
        long n = n(list);
        Acc acc = new Acc(n);
        try {
            for (long i = 0; i < n; i++) {
                long item = Lists.item(list, i);
                try {
                    acc.add(leftItems ? call2(in, f, item, y) : call2(in, f, x, item));
                } finally {
                    cd(item);
                }
            }
            return acc.list();
        } finally {
            acc.release();
        }
    }

    /**
     * f': y gives f[y[i];y[i-1]] for each i from 1. Kona's rules at the edges: an atom pairs with
     * itself, one item gives (), none a length error; with x, x comes first ((,x),f':y), an atom y
     * gives x, and a y of less than two items ().
     */
    static long prior(Context in, long f, long[] args) {
        if (args.length > 2) throw KError.valence();
        long y = args[args.length - 1];
        if (args.length == 2 && atom(y)) return ci(args[0]);
        if (atom(y)) return call2(in, f, y, y);
        long n = n(y);
        if (args.length == 1) {
            if (n == 0) throw KError.length();
            long fast = Reduce.deltas(f, y);
            if (fast != 0) return fast;
        } else if (n < 2) {
            return newList(0);
        }
        Acc acc = new Acc(n);
        try {
            if (args.length == 2) acc.add(ci(args[0]));
            if (n >= 2) {
                long prev = Lists.item(y, 0);
                try {
                    for (long i = 1; i < n; i++) {
                        long item = Lists.item(y, i);
                        try {
                            acc.add(call2(in, f, item, prev));
                        } finally {
                            cd(prev);
                            prev = item;
                        }
                    }
                } finally {
                    cd(prev);
                }
            }
            return acc.list();
        } finally {
            acc.release();
        }
    }
}

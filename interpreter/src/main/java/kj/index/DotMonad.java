package kj.index;

import static kj.value.K.*;

import kj.prim.Verbs;
import kj.error.KError;
import kj.value.Context;
import kj.value.Dict;
import kj.value.Fn;
import kj.value.ListBuilder;
import kj.value.Lists;

/**
 * Monadic . (value, execute): a string is evaluated (one starting with \ is a command), a
 * symbol gives the global it names, a dict gives its entries as (key;value;attributes), a list
 * of (key;value) or (key;value;attributes) makes a dict, another list or vector is .[a;b;...],
 * and an atom or a function x the projection .[x;].
 */
final class DotMonad {

    private DotMonad() {}

    static long value(long x) {
        return switch (type(x)) {
            case CHAR, CHARV -> execute(str(x));
            case SYM -> ci(Handles.value(x));
            case DICT -> entries(x);
            case LIST -> makeable(x) ? make(x) : apply(x);
            case NIL -> nil();
            case INTV, FLOATV, SYMV -> apply(x);
            default -> projection(ci(x)); // an atom or a function: .[x;], as Kona
        };
    }

    private static long execute(String text) {
        return Context.current().execute(text);
    }

    private static long entries(long d) {
        return ListBuilder.map(n(d), i -> Dict.entry(d, i));
    }

    /** Every item a (symbol;value) or (symbol;value;dict or nil) list, or a pair of symbols. */
    private static boolean makeable(long x) {
        for (long i = 0, n = n(x); i < n; i++) {
            long e = getL(x, i);
            int t = type(e);
            long m = n(e);
            if (t == SYMV && m == 2) continue;
            if (t != LIST || m < 2 || m > 3 || type(getL(e, 0)) != SYM) return false;
            if (m == 3 && type(getL(e, 2)) != DICT && type(getL(e, 2)) != NIL) return false;
        }
        return true;
    }

    private static long make(long x) {
        long n = n(x);
        long d = newVec(DICT, n);
        setN(d, 0);
        return ListBuilder.fill(d, z -> {
            for (long i = 0; i < n; i++) {
                long e = getL(x, i);
                int key;
                long value, attr = 0;
                if (type(e) == SYMV) {
                    key = getS(e, 0);
                    value = ks(getS(e, 1));
                } else {
                    key = sv(getL(e, 0));
                    value = ci(getL(e, 1));
                    if (n(e) == 3 && type(getL(e, 2)) == DICT) attr = ci(getL(e, 2));
                }
                long at = Dict.find(d, key);
                if (at >= 0) {
                    Dict.replaceValue(d, at, value);
                    long old = Dict.attr(d, at);
                    Dict.set(d, at, key, value, attr);
                    if (old != 0) cd(old);
                } else {
                    Dict.set(d, n(d), key, value, attr);
                    setN(d, n(d) + 1);
                }
            }
        });
    }

    /**
     * .(a;b;c;d) is .[a;b;c;d], and . 1 2 is .[1;2]: the items are .'s arguments (Kona's rule for
     * what is neither text, a name, a dict nor a dict's entries); one item gives the projection .[a;].
     */
    private static long apply(long x) {
        long n = n(x);
        if (n == 0 || n > 4) throw KError.valence();
        long[] args = new long[(int) n];
        try {
            for (int i = 0; i < args.length; i++) args[i] = Lists.item(x, i);
            if (n == 1) {
                long a = args[0];
                args[0] = 0;
                return projection(a);
            }
            return Verbs.get(Verbs.DOT).apply(args);
        } finally {
            for (long a : args) if (a != 0) cd(a);
        }
    }

    /** .[a;] over a (owned). */
    private static long projection(long a) {
        return Fn.projection(Fn.verb(Verbs.DOT, false), new long[] {a, 0});
    }
}

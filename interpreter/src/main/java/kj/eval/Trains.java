package kj.eval;

import static kj.value.K.*;

import kj.error.KError;
import kj.value.Fn;
import kj.adverb.Adverb;
import kj.prim.Verbs;

/**
 * Applying a verb train: the items bind right to left as in an expression whose last argument
 * is missing. The last verb takes the arguments (with the noun before it on its left, if any);
 * each verb to its left then takes the result, dyadically when a noun stands before it.
 */
final class Trains {
    private Trains() {}

    static long apply(Interp in, long t, long[] args) {
        long fused = notOfDyad(t, args);
        if (fused != 0) return fused;
        int i = (int) n(t) - 1;
        long r;
        if (i > 0 && !Fn.trainVerb(t, i - 1)) {
            if (args.length != 1) throw KError.valence();
            r = Calls.apply(in, Fn.trainItem(t, i), new long[] {Fn.trainItem(t, i - 1), args[0]});
            i -= 2;
        } else {
            r = args.length == 1 ? monad(in, Fn.trainItem(t, i), args[0]) : Calls.apply(in, Fn.trainItem(t, i), args);
            i -= 1;
        }
        while (i >= 0) {
            long item = Fn.trainItem(t, i);
            long next;
            try {
                if (Fn.trainVerb(t, i) && i > 0 && !Fn.trainVerb(t, i - 1)) {
                    next = Calls.apply(in, item, new long[] {Fn.trainItem(t, i - 1), r});
                    i -= 2;
                } else {
                    long owned = r;
                    r = 0;
                    next = monadOwned(in, item, owned);
                    i -= 1;
                }
            } finally {
                if (r != 0) cd(r);
            }
            r = next;
        }
        return r;
    }

    /** (~d)[x;y], d an atomic dyad, on ints: ~ and d in one kernel pass, or 0 for the general way. */
    private static long notOfDyad(long t, long[] args) {
        kj.prim.Atomic.Op op = args.length == 2 ? kj.prim.Atomic.notOf(t) : null;
        return op == null ? 0 : kj.prim.Atomic.notOfInts(op, args[0], args[1]);
    }

    /** A verb alone in a train position is its monad: | in (|+\\) reverses, it does not project. */
    private static long monad(Interp in, long f, long x) {
        if (type(f) == FUNC && subKind(f) == Fn.VERB) return Verbs.get(Fn.verbIndex(f)).monad(x);
        return Calls.apply(in, f, new long[] {x});
    }

    /** As {@link #monad} on an x handed over: a verb may reuse a unique intermediate for its result. */
    private static long monadOwned(Interp in, long f, long x) {
        if (type(f) == FUNC && subKind(f) == Fn.VERB) return Verbs.get(Fn.verbIndex(f)).monadOwned(x);
        try {
            return Calls.apply(in, f, new long[] {x});
        } finally {
            cd(x);
        }
    }

    /**
     * Whether the train ends in a dyadic primitive with no noun before it, {@code (-+)}: given one
     * argument it is projected, as Kona does ({@code (-+) 1 2} is {@code -:+[1 2;]}).
     */
    static boolean endsInDyad(long t) {
        long n = n(t);
        if (n > 1 && !Fn.trainVerb(t, n - 2)) return false;
        long last = Fn.trainItem(t, n - 1);
        return type(last) == FUNC && subKind(last) == Fn.VERB && !Fn.verbMonadic(last)
                && Fn.verbIndex(last) != Verbs.COLON && Verbs.row(Fn.verbIndex(last)).args() >= 2;
    }

    /**
     * How many arguments a train takes: one when a noun stands before its last verb; else what
     * its last item takes, except that Kona counts an adverbed function there as one argument
     * fewer: (|+\\) is monadic, so 5(|+\\)\\x repeats.
     */
    static int valence(long t) {
        long n = n(t);
        if (n > 1 && !Fn.trainVerb(t, n - 2)) return 1;
        long last = Fn.trainItem(t, n - 1);
        int v = Valence.of(last);
        if (type(last) == FUNC && subKind(last) == Fn.DERIVED && Adverb.of(Fn.adverb(last)).keepsValence()) return Math.max(1, v - 1);
        return Math.max(1, Math.min(2, v));
    }
}

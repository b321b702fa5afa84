package kj.adverb;

import static kj.value.K.*;

import kj.prim.Match;
import kj.prim.Primitive;
import kj.prim.Verbs;
import kj.error.KError;
import kj.value.Context;
import kj.value.Fn;

/** What the adverbs' forms share: calling their function, and what counts as an atom. */
final class Adverbs {
    private Adverbs() {}

    // ---- calling f: verbs directly, everything else through Calls ----

    /** f x; a dyadic verb held as a value, (-)'x, is projected (-[x;]), as Kona. */
    static long call1(Context in, long f, long x) {
        if (type(f) == FUNC && subKind(f) == Fn.VERB && Fn.verbMonadic(f)) return Verbs.get(Fn.verbIndex(f)).monad(x);
        return in.apply(f, new long[] {x});
    }

    /**
     * One step of a converge, repeat or while: f x for a function; for data, as Kona: a vector
     * or a dict is indexed, f[x] (v\i follows a chain; "ab"/0 1 is "ab", the int start giving
     * chars), a general list indexed at depth, f . x.
     */
    static long step(Context in, long f, long x) {
        if (type(f) == FUNC) return call1(in, f, x);
        if (type(f) < 0 || type(f) == DICT || n(x) == 0) return in.apply(f, new long[] {x});
        return Verbs.get(Verbs.DOT).dyad(f, x);
    }

    static long call2(Context in, long f, long x, long y) {
        if (type(f) == FUNC && subKind(f) == Fn.VERB) {
            if (Fn.verbMonadic(f)) throw KError.valence();
            return Verbs.get(Fn.verbIndex(f)).dyad(x, y);
        }
        return in.apply(f, new long[] {x, y});
    }

    static long callN(Context in, long f, long[] args) {
        return switch (args.length) {
            case 1 -> call1(in, f, args[0]);
            case 2 -> call2(in, f, args[0], args[1]);
            default -> in.apply(f, args);
        };
    }

    /**
     * How an adverb treats f: 2 when f is dyadic (or more), 1 when monadic, 0 for data. As in
     * Kona, an adverbed function under another adverb counts as monadic ({@code ,//} converges),
     * but each-left and each-right take two ({@code (1/:)/2} folds; given one argument they
     * would make a new projection at every step and never converge).
     */
    static int valence(Context in, long f) {
        if (type(f) != FUNC) return 0;
        if (subKind(f) == Fn.DERIVED) {
            Adverb a = Adverb.of(Fn.adverb(f));
            return a == Adverb.EACH_RIGHT || a == Adverb.EACH_LEFT ? 2 : 1;
        }
        return Math.min(2, Math.max(1, in.valence(f)));
    }

    /**
     * Whether a converge step ends: cur matches prev or the start. A value never matches one
     * it holds as an item (matching values have as many cells), so a step that wraps or unwraps
     * the last value ({@code ,:\x}, {@code *:\x}) is told apart in O(count), not by walking a chain
     * as deep as the steps so far: converge stays linear in its steps.
     */
    static boolean converged(long cur, long prev, long start) {
        return same(cur, prev) || prev != start && same(cur, start);
    }

    private static boolean same(long a, long b) {
        if (a == b) return true;
        if (holdsItem(a, b) || holdsItem(b, a)) return false;
        return Match.match(a, b);
    }

    private static boolean holdsItem(long outer, long x) {
        if (type(outer) != LIST) return false;
        for (long i = 0, n = n(outer); i < n; i++) if (getL(outer, i) == x) return true;
        return false;
    }

    /** An atom for adverbs: anything that is not a list or vector (dicts and functions too). */
    static boolean atom(long x) { return type(x) > 0; }

    static boolean isFunction(long f) { return type(f) == FUNC; }

    /** The table row of a dyadic verb f, or null when f is anything else. */
    static Primitive dyadicVerb(long f) {
        return type(f) == FUNC && subKind(f) == Fn.VERB && !Fn.verbMonadic(f) ? Verbs.row(Fn.verbIndex(f)) : null;
    }
}

package kj.verb;

import static kj.value.K.*;

import kj.error.KError;
import kj.eval.Calls;
import kj.eval.Interp;
import kj.value.Fn;

/**
 * The adverbs ' / \ /: \: ': applied to a function and arguments (borrowed). The forms live in
 * {@link Each}, {@link Over}, {@link Scan} and {@link EachSide}; typed kernels in {@link Reduce}.
 */
public final class Adverbs {
    public static final int EACH = 0, OVER = 1, SCAN = 2, EACH_RIGHT = 3, EACH_LEFT = 4, EACH_PRIOR = 5;
    public static final String[] TEXT = {"'", "/", "\\", "/:", "\\:", "':"};

    private Adverbs() {}

    public static long apply(Interp in, long f, int adverb, long[] args) {
        for (long a : args) if (a == 0) throw KError.valence();
        return switch (adverb) {
            case EACH -> Each.apply(in, f, args);
            case OVER -> Over.apply(in, f, args);
            case SCAN -> Scan.apply(in, f, args);
            case EACH_RIGHT -> EachSide.right(in, f, args);
            case EACH_LEFT -> EachSide.left(in, f, args);
            case EACH_PRIOR -> EachSide.prior(in, f, args);
            default -> throw KError.nonce();
        };
    }

    // ---- calling f: verbs directly, everything else through Calls ----

    /** f x; a dyadic verb held as a value, (-)'x, is projected (-[x;]), as Kona. */
    static long call1(Interp in, long f, long x) {
        if (type(f) == FUNC && subKind(f) == Fn.VERB && Fn.verbMonadic(f)) return Verbs.get(Fn.verbIndex(f)).monad(x);
        return Calls.apply(in, f, new long[] {x});
    }

    /**
     * One step of a converge, repeat or while: f x for a function; for data, as Kona: an int
     * vector or a dict is indexed, f[x] (v\i follows a chain), other data indexed at depth, f . x.
     */
    static long step(Interp in, long f, long x) {
        if (type(f) == FUNC) return call1(in, f, x);
        if (type(f) == INTV || type(f) == DICT || n(x) == 0) return Calls.apply(in, f, new long[] {x});
        return Verbs.get(Verbs.index('.')).dyad(f, x);
    }

    static long call2(Interp in, long f, long x, long y) {
        if (type(f) == FUNC && subKind(f) == Fn.VERB) {
            if (Fn.verbMonadic(f)) throw KError.valence();
            return Verbs.get(Fn.verbIndex(f)).dyad(x, y);
        }
        return Calls.apply(in, f, new long[] {x, y});
    }

    static long callN(Interp in, long f, long[] args) {
        return switch (args.length) {
            case 1 -> call1(in, f, args[0]);
            case 2 -> call2(in, f, args[0], args[1]);
            default -> Calls.apply(in, f, args);
        };
    }

    /** An atom for adverbs: anything that is not a list or vector (dicts and functions too). */
    static boolean atom(long x) { return type(x) > 0; }

    static boolean isFunction(long f) { return type(f) == FUNC; }

    static boolean isVerb(long f, char glyph) {
        return type(f) == FUNC && subKind(f) == Fn.VERB && !Fn.verbMonadic(f) && Fn.verbIndex(f) == Verbs.index(glyph);
    }
}

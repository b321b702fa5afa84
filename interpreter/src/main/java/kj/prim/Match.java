package kj.prim;

import static kj.value.K.*;

import kj.kernel.Search;
import kj.kernel.Tolerance;
import kj.value.Context;
import kj.value.Dict;
import kj.value.Fn;

/** x~y: same type, same shape, same items, all the way down. */
public final class Match {
    private Match() {}

    public static boolean match(long x, long y) {
        if (x == y) return true;
        int t = type(x);
        if (t != type(y)) return false;
        if (t == FUNC) return function(x, y);
        if (t == NIL) return true;
        long n = n(x);
        if (n != n(y)) return false;
        return switch (t) {
            case INT -> iv(x) == iv(y);
            case FLOAT -> sameFloat(fv(x), fv(y));
            case CHAR -> cv(x) == cv(y);
            case SYM -> sv(x) == sv(y);
            case INTV, CHARV, SYMV -> Search.same(data(x), data(y), n, width(t));
            case FLOATV -> Search.sameFloats(data(x), data(y), n);
            case LIST -> {
                for (long i = 0; i < n; i++) if (!match(getL(x, i), getL(y, i))) yield false;
                yield true;
            }
            case DICT -> dict(x, y);
            case HASH -> subKind(x) == subKind(y) && match(getL(x, 0), getL(y, 0)); // the same slots
            default -> false;
        };
    }

    /** Floats match when equal within K's comparison tolerance; 0n matches 0n. */
    public static boolean sameFloat(double a, double b) {
        if (a == b) return true;
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.isNaN(a) && Double.isNaN(b);
        return Tolerance.equal(a, b);
    }

    private static boolean dict(long x, long y) {
        for (long i = 0, n = n(x); i < n; i++) {
            if (Dict.key(x, i) != Dict.key(y, i) || !match(Dict.value(x, i), Dict.value(y, i))) return false;
            long a = Dict.attr(x, i), b = Dict.attr(y, i);
            if ((a == 0) != (b == 0) || a != 0 && !match(a, b)) return false;
        }
        return true;
    }

    private static boolean function(long x, long y) {
        int s = subKind(x);
        if (s != subKind(y)) return false;
        return switch (s) {
            case Fn.VERB -> Fn.verbIndex(x) == Fn.verbIndex(y) && Fn.verbMonadic(x) == Fn.verbMonadic(y);
            case Fn.DERIVED -> Fn.adverb(x) == Fn.adverb(y) && match(Fn.inner(x), Fn.inner(y));
            case Fn.LAMBDA -> Context.current().functionText(x).equals(Context.current().functionText(y)); // by source
            case Fn.SYSFN -> Fn.sysId(x) == Fn.sysId(y);
            case Fn.PROJ -> {
                if (n(x) != n(y) || !match(Fn.projFn(x), Fn.projFn(y))) yield false;
                for (long i = 0; i < n(x); i++) {
                    long a = Fn.projArg(x, i), b = Fn.projArg(y, i);
                    if ((a == 0) != (b == 0) || a != 0 && !match(a, b)) yield false;
                }
                yield true;
            }
            case Fn.TRAIN -> {
                if (n(x) != n(y) || Fn.slot(x, 0) != Fn.slot(y, 0)) yield false;
                for (long i = 0; i < n(x); i++) if (!match(Fn.trainItem(x, i), Fn.trainItem(y, i))) yield false;
                yield true;
            }
            default -> false;
        };
    }
}

package kj.eval;

import static kj.value.K.*;
import kj.sys.SysFns;

import kj.parse.Code;
import kj.value.Fn;
import kj.adverb.Adverb;
import kj.prim.Verbs;

/**
 * How many arguments a function takes, as Kona counts them. Adverbs use it to choose between
 * forms: a dyadic function folds ({@code f/x}), a monadic one converges, repeats or loops.
 */
public final class Valence {

    private Valence() {}

    /** The valence of f; 0 for data. */
    public static int of(long f) {
        if (type(f) != FUNC) return 0;
        return switch (subKind(f)) {
            case Fn.VERB -> verb(Fn.verbIndex(f), Fn.verbMonadic(f));
            case Fn.DERIVED -> Adverb.of(Fn.adverb(f)).keepsValence() ? Math.max(1, of(Fn.inner(f))) : 2;
            case Fn.LAMBDA -> Code.get(Fn.codeId(f)).valence;
            case Fn.PROJ -> {
                int free = 0;
                for (long i = 0, n = n(f); i < n; i++) if (Fn.projArg(f, i) == 0) free++;
                yield free;
            }
            case Fn.SYSFN -> SysFns.get(Fn.sysId(f)).valence();
            case Fn.TRAIN -> Trains.valence(f);
            default -> 0;
        };
    }

    static int verb(int index, boolean monadic) {
        return monadic ? 1 : Verbs.row(index).args();
    }
}

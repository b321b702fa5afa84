package kj.eval;

import static kj.value.K.*;

import kj.adverb.Adverb;
import kj.error.KError;
import kj.index.Index;
import kj.parse.Code;
import kj.prim.Verbs;
import kj.sys.SysFns;
import kj.value.Fn;

/**
 * Applying a value to arguments, {@code f[a;b;...]}: functions are called (or projected when an
 * argument is elided or missing), data is indexed. Arguments are borrowed; 0 marks an elided one.
 */
public final class Calls {
    private Calls() {}

    public static long apply(Interp in, long f, long[] args) {
        in.checkInterrupt(); // a recursion through primitives alone ((@':)(@':)) stops at Ctrl-C too
        if (args.length == 1 && args[0] == 0) args = new long[] {nilValue()};
        if (type(f) != FUNC) return Index.apply(f, args);
        boolean holes = hasHoles(args);
        return switch (subKind(f)) {
            case Fn.VERB -> verb(f, args, holes);
            case Fn.DERIVED -> holes ? project(f, args, 0) : derived(in, f, args);
            case Fn.LAMBDA -> lambda(in, f, args, holes);
            case Fn.PROJ -> projected(in, f, args);
            case Fn.SYSFN -> {
                int v = SysFns.get(Fn.sysId(f)).valence();
                yield holes || args.length < v ? project(f, args, v) : SysFns.call(in.ws, Fn.sysId(f), args);
            }
            case Fn.TRAIN -> holes || args.length == 1 && Trains.endsInDyad(f) ? project(f, args, 2) : Trains.apply(in, f, args);
            default -> throw KError.type();
        };
    }

    /**
     * Whether an argument is elided. A loop of its own: a loop in apply, run a million times for two
     * arguments each, would have the JIT compile all of apply a second time to enter it mid-loop.
     */
    private static boolean hasHoles(long[] args) {
        for (long a : args) if (a == 0) return true;
        return false;
    }

    /**
     * A dyadic verb given one argument, +[2] or f 2 with f:+, is projected as Kona does; (:)[x]
     * is x. A monadic verb (+:) takes exactly one argument.
     */
    private static long verb(long f, long[] args, boolean holes) {
        boolean monadic = Fn.verbMonadic(f);
        if (monadic && args.length != 1) throw KError.valence();
        if (holes || args.length == 1 && !monadic && Fn.verbIndex(f) != Verbs.COLON) return project(f, args, 2);
        return Verbs.get(Fn.verbIndex(f)).apply(args);
    }

    /**
     * A derived function given one argument, as Kona: +' (a primitive glyph under each) is a
     * valence error, f/: and f\: are projected (f/:[x;]); otherwise the adverb's monadic form.
     */
    private static long derived(Interp in, long f, long[] args) {
        int adverb = Fn.adverb(f);
        if (args.length == 1) {
            if (adverb == Adverb.EACH.ordinal() && Fn.rawVerb(f) && !Fn.verbMonadic(Fn.inner(f))) throw KError.valence();
            if (adverb == Adverb.EACH_RIGHT.ordinal() || adverb == Adverb.EACH_LEFT.ordinal()) return project(f, args, 2);
        }
        return Adverb.of(adverb).apply(in.ws, Fn.inner(f), args);
    }

    private static long lambda(Interp in, long f, long[] args, boolean holes) {
        Code code = in.ws.codes().get(Fn.codeId(f));
        if (code.valence == 0) {
            // a lambda without x, y or z still takes one argument, and ignores it ({1}'!3, {b}[])
            if (args.length > 1) throw KError.valence();
            return in.callLambda(f, code, new long[0]);
        }
        if (args.length > code.valence) throw KError.valence();
        if (holes || args.length < code.valence) return project(f, args, code.valence);
        return in.callLambda(f, code, args);
    }

    /** A projection of f over args, padded with elided slots up to {@code valence}. */
    private static long project(long f, long[] args, int valence) {
        long[] slots = new long[Math.max(args.length, valence)];
        for (int i = 0; i < args.length; i++) slots[i] = args[i] == 0 ? 0 : ci(args[i]);
        return Fn.projection(ci(f), slots);
    }

    /** Fills a projection's elided slots, in order, with args; calls when none is left. */
    private static long projected(Interp in, long p, long[] args) {
        int n = (int) n(p);
        long[] full = new long[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            long a = Fn.projArg(p, i);
            if (a == 0 && next < args.length) a = args[next++];
            full[i] = a;
        }
        if (next < args.length) {
            boolean onlyNil = args.length == 1 && args[0] == nilValue();
            if (!onlyNil) throw KError.valence();
        }
        if (hasHoles(full)) {
            long[] slots = new long[n];
            for (int i = 0; i < n; i++) slots[i] = full[i] == 0 ? 0 : ci(full[i]);
            return Fn.projection(ci(Fn.projFn(p)), slots);
        }
        return apply(in, Fn.projFn(p), full);
    }
}

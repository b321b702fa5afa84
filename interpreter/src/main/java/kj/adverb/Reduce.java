package kj.adverb;

import static kj.value.K.*;

import kj.value.ListBuilder;
import kj.shape.Raze;
import kj.prim.Atomic;
import kj.prim.Fold;
import kj.prim.Primitive;
import kj.prim.Verb;
import kj.prim.Verbs;
import kj.kernel.Reductions;
import kj.kernel.RowScans;
import kj.kpool.Mem;
import kj.value.Fn;

/**
 * Typed kernels behind the adverbs: sum, product, max and min over (and running sum and product)
 * on int and float vectors, raze (join over),
 * -': (deltas), and each of an atomic verb, which is the verb on the whole vector. Each returns
 * 0 when it does not apply, and the caller takes the general path.
 */
final class Reduce {
    private Reduce() {}

    /** The fold kernel of a dyadic verb f (from its row in the primitive table), or null. */
    private static Fold fold(long f) {
        Primitive p = Adverbs.dyadicVerb(f);
        return p == null ? null : p.fold();
    }

    /** The scalar dyad a dyadic verb f extends, or null. */
    private static Atomic.Op atomic(long f) {
        Primitive p = Adverbs.dyadicVerb(f);
        return p == null ? null : p.atomic();
    }

    // ---- over ----

    static long over(long f, long seed, long y) {
        Fold v = fold(f);
        if (v == null) return 0;
        if (v == Fold.JOIN) return Raze.over(seed, y);
        int t = type(y);
        boolean empty = n(y) == 0;
        if (t != INTV && t != FLOATV && !(t == LIST && empty)) return 0;
        if (seed != 0 && type(seed) != INT && type(seed) != FLOAT) return 0;
        if (seed != 0 && empty) return ci(seed);
        long r = t == FLOATV ? kf(overF(v, y)) : ki(overI(v, y));
        if (seed == 0) return r;
        try {
            return Verbs.get(Fn.verbIndex(f)).dyad(seed, r);
        } finally {
            cd(r);
        }
    }

    /**
     * f'y for f a fold verb over ({@code +/}, {@code |/}, ...) and y a non-empty list of int
     * vectors or of float vectors (rows of one type, any lengths): each row's fold into one
     * vector, with no call or atom a row (the general each makes both). 0 for any other shape.
     */
    static long eachOver(long f, long y) {
        if (type(f) != FUNC || subKind(f) != Fn.DERIVED || Fn.adverb(f) != Adverb.OVER.ordinal()) return 0;
        Fold v = fold(Fn.inner(f));
        if (v == null || v == Fold.JOIN) return 0;
        long n = n(y);
        int t = type(getL(y, 0));
        if (t != INTV && t != FLOATV) return 0;
        for (long i = 1; i < n; i++) if (type(getL(y, i)) != t) return 0;
        long z = newVec(t, n), at = data(z);
        for (long i = 0; i < n; i++) {
            long row = getL(y, i);
            if (t == INTV) Mem.putLong(at + 8 * i, overI(v, row));
            else Mem.putDouble(at + 8 * i, overF(v, row));
        }
        return z;
    }

    private static long overI(Fold v, long y) {
        long n = n(y);
        if (n == 0) return v.intIdentity;
        return Reductions.ints(kernelOp(v), Mem.getLong(data(y)), data(y) + 8, n - 1);
    }

    private static double overF(Fold v, long y) {
        long n = n(y);
        if (n == 0) return v.floatIdentity;
        return Reductions.floats(kernelOp(v), Mem.getDouble(data(y)), data(y) + 8, n - 1);
    }

    private static int kernelOp(Fold v) {
        return switch (v) {
            case SUM -> Reductions.SUM;
            case PRODUCT -> Reductions.PRODUCT;
            case MAX -> Reductions.MAX;
            default -> Reductions.MIN;
        };
    }

    // ---- scan ----

    /** Plus-scan and times-scan on an int or float vector of two or more items, seeded by a number or not. */
    static long scan(long f, long seed, long y) {
        Fold v = fold(f);
        if (v == null || !v.scans()) return 0;
        int t = type(y);
        if (t != INTV && t != FLOATV || n(y) < 2) return 0;
        int st = seed == 0 ? 0 : type(seed);
        if (seed != 0 && st != INT && st != FLOAT) return 0;
        boolean floats = t == FLOATV || st == FLOAT;
        long n = n(y), off = seed == 0 ? 0 : 1, m = n + off;
        int op = kernelOp(v);
        return ListBuilder.fill(newVec(floats ? FLOATV : INTV, m), z -> { // a kernel stops at Ctrl-C
            long src = data(y), dst = data(z);
            if (floats) {
                double first = seed != 0 ? (st == FLOAT ? fv(seed) : iv(seed)) : t == FLOATV ? Mem.getDouble(src) : Mem.getLong(src);
                Mem.putDouble(dst, first);
                long skip = seed == 0 ? 1 : 0;
                Reductions.scanFloats(op, first, dst + 8, src + (skip << 3), n - skip, t != FLOATV);
            } else {
                long first = seed != 0 ? iv(seed) : Mem.getLong(src);
                Mem.putLong(dst, first);
                long skip = seed == 0 ? 1 : 0;
                Reductions.scanInts(op, first, dst + 8, src + (skip << 3), n - skip);
            }
        });
    }

    /**
     * f\y on a list of two or more int vectors, or float vectors, all of one count, f an atomic
     * dyad whose result keeps their type (for ints also the train (~d)): row by row the verb's
     * answer, computed column block by column block ({@link RowScans}); else 0.
     */
    static long scanRows(long f, long y) {
        long p = n(y);
        if (type(y) != LIST || p < 2) return 0;
        long first = getL(y, 0);
        int t = type(first);
        if (t != INTV && t != FLOATV) return 0;
        long n = n(first);
        for (long i = 1; i < p; i++) if (type(getL(y, i)) != t || n(getL(y, i)) != n) return 0;
        Atomic.Op op = atomic(f), not = op == null ? Atomic.notOf(f) : null;
        if (op == null && not == null) return 0;
        boolean floats = t == FLOATV;
        Atomic.Op d = op != null ? op : not;
        if (floats ? not != null || d.comparison() : d == Atomic.Op.POWER) return 0;
        long[] rows = new long[(int) p], out = new long[(int) p];
        for (int i = 0; i < p; i++) rows[i] = data(getL(y, i));
        try (ListBuilder b = new ListBuilder(p)) {
            b.add(ci(first));
            for (int i = 1; i < p; i++) {
                long r = newVec(t, n);
                b.add(r);
                out[i] = data(r);
            }
            RowScans.scan(Atomic.kernelOp(d), d == Atomic.Op.MORE, not != null, floats, rows, out, n);
            return b.build();
        }
    }

    // ---- each prior ----

    /** -': on an int or float vector: the differences of neighbours. */
    static long deltas(long f, long y) {
        Primitive p = Adverbs.dyadicVerb(f);
        if (p == null || !p.deltas()) return 0;
        int t = type(y);
        long n = n(y);
        if (t != INTV && t != FLOATV || n < 2) return 0;
        return ListBuilder.fill(newVec(t, n - 1), z -> {
            if (t == INTV) Reductions.deltasInts(data(z), data(y), n);
            else Reductions.deltasFloats(data(z), data(y), n);
        });
    }

    // ---- each of an atomic verb ----

    private static boolean plainAtom(long x) { int t = type(x); return t >= INT && t <= SYM; }

    private static boolean filledVector(long x) { return type(x) < 0 && n(x) > 0; }

    /**
     * f'y for an atomic monadic verb (-: %: _: ~:), a projection (+[;1]) or a train (1+) of an
     * atomic dyadic verb with an atom: the verb on all of y at once.
     */
    static long eachMonadic(long f, long y) {
        if (!filledVector(y) || type(f) != FUNC) return 0;
        if (subKind(f) == Fn.VERB && Fn.verbMonadic(f)) {
            Primitive p = Verbs.row(Fn.verbIndex(f));
            return p.atomicMonad() != null ? p.verb().monad(y) : 0;
        }
        if (subKind(f) == Fn.TRAIN && n(f) == 2 && !Fn.trainVerb(f, 0)) {
            long g = Fn.trainItem(f, 1), a = Fn.trainItem(f, 0);
            return atomic(g) != null && plainAtom(a) ? Verbs.get(Fn.verbIndex(g)).dyad(a, y) : 0;
        }
        if (subKind(f) != Fn.PROJ || n(f) != 2) return 0;
        long g = Fn.projFn(f);
        if (atomic(g) == null) return 0;
        Verb v = Verbs.get(Fn.verbIndex(g));
        long a = Fn.projArg(f, 0), b = Fn.projArg(f, 1);
        if (a != 0 && b == 0 && plainAtom(a)) return v.dyad(a, y);
        if (a == 0 && b != 0 && plainAtom(b)) return v.dyad(y, b);
        return 0;
    }

    /** x f'y for an atomic verb f over vectors (atoms extend): the verb itself. */
    static long eachDyadic(long f, long x, long y) {
        if (atomic(f) == null) return 0;
        boolean ok = filledVector(x) && (filledVector(y) || plainAtom(y)) || plainAtom(x) && filledVector(y);
        return ok ? Verbs.get(Fn.verbIndex(f)).dyad(x, y) : 0;
    }
}

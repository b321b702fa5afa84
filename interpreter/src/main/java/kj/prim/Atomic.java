package kj.prim;

import static kj.value.K.*;

import kj.error.KError;
import kj.kernel.Elementwise;
import kj.kernel.Scalar;
import kj.kernel.Tolerance;
import kj.value.Fn;
import kj.value.ListBuilder;
import kj.value.Lists;

/**
 * Extends a scalar dyad over K's shapes: atom with atom, atom with vector, vector with vector
 * of the same count (else length error), and general lists item by item, all the way down.
 * Ints and floats mix (the int side becomes float, 0N/0I/-0I as 0n/0i/-0i); chars and symbols
 * take part only in comparisons; anything else is a type error.
 */
public final class Atomic {
    /** The atomic dyads. Comparisons give ints; POWER always gives floats. */
    public enum Op {
        PLUS, MINUS, TIMES, DIVIDE, MAX, MIN, POWER, LESS, MORE, EQUAL;

        public boolean comparison() { return this == LESS || this == MORE || this == EQUAL; }
    }

    private Atomic() {}

    public static long dyad(Op op, long x, long y) { return dyad(op, x, y, false, false); }

    /**
     * x op y on arguments handed over (owned, released here): the result is written into x or
     * y when that one is a unique vector of the result's type and count, so that a chain such
     * as {@code a+b+c+d} allocates one vector.
     */
    public static long dyadOwned(Op op, long x, long y) {
        try {
            return dyad(op, x, y, true, true);
        } finally {
            cd(x);
            cd(y);
        }
    }

    /** mayX, mayY: x, y is a temporary of the caller's, which may take the result when unique. */
    private static long dyad(Op op, long x, long y, boolean mayX, boolean mayY) {
        int tx = type(x), ty = type(y);
        if (tx == INT && ty == INT) return intAtoms(op, iv(x), iv(y));
        if (tx == FLOAT && ty == FLOAT) return floatAtoms(op, fv(x), fv(y));
        if (tx <= 0 && ty <= 0 && n(x) != n(y)) throw KError.length();
        int limit = op.comparison() ? SYM : FLOAT;
        if (Math.abs(tx) > limit || Math.abs(ty) > limit) throw KError.type();
        if (tx == LIST || ty == LIST) return each(op, x, y, tx, ty, mayX, mayY);
        int ax = Math.abs(tx), ay = Math.abs(ty);
        if (ax <= FLOAT && ay <= FLOAT) return numbers(op, x, y, tx, ty, mayX, mayY);
        if (ax != ay) throw KError.type();
        return ax == CHAR ? typed(op, x, y, tx, ty, false, false, false)
                : typed(op, x, y, tx, ty, false, false, false);
    }

    /** Two int atoms: a small int result is the workspace's shared atom (never unique, so never written into), as a literal is. */
    private static long intAtoms(Op op, long a, long b) {
        return op == Op.POWER ? kf(Scalar.pow(Scalar.i2f(a), Scalar.i2f(b))) : literal(ints(op, a, b));
    }

    /** a op b for two ints, for every op but POWER (whose result is a float). */
    public static long ints(Op op, long a, long b) {
        return switch (op) {
            case PLUS -> a + b;
            case MINUS -> a - b;
            case TIMES -> a * b;
            case DIVIDE -> Scalar.div(a, b);
            case MAX -> Math.max(a, b);
            case MIN -> Math.min(a, b);
            case LESS -> a < b ? 1 : 0;
            case MORE -> a > b ? 1 : 0;
            case EQUAL -> a == b ? 1 : 0;
            case POWER -> throw new IllegalArgumentException("^ of ints is a float");
        };
    }

    private static long floatAtoms(Op op, double a, double b) {
        return switch (op) {
            case LESS -> ki(Tolerance.less(a, b) ? 1 : 0);
            case MORE -> ki(Tolerance.less(b, a) ? 1 : 0);
            case EQUAL -> ki(Tolerance.equal(a, b) ? 1 : 0);
            default -> kf(floats(op, a, b));
        };
    }

    /** a op b for two floats, for every op but the comparisons (whose results are ints). */
    public static double floats(Op op, double a, double b) {
        return switch (op) {
            case PLUS -> a + b;
            case MINUS -> a - b;
            case TIMES -> a * b;
            case DIVIDE -> Scalar.div(a, b);
            case MAX -> Scalar.max(a, b);
            case MIN -> Scalar.min(a, b);
            case POWER -> Scalar.pow(a, b);
            case LESS, MORE, EQUAL -> throw new IllegalArgumentException("a comparison of floats is an int");
        };
    }

    /** Int and float operands, atoms or vectors: ints stay ints unless a float is involved. */
    private static long numbers(Op op, long x, long y, int tx, int ty, boolean mayX, boolean mayY) {
        boolean fx = Math.abs(tx) == FLOAT, fy = Math.abs(ty) == FLOAT;
        if (!fx && !fy && op != Op.POWER) {
            return typed(op, x, y, tx, ty, false, mayX, mayY);
        }
        long cx = fx ? 0 : toFloat(x), cy = 0;
        try {
            cy = fy ? 0 : toFloat(y);
            long a = fx ? x : cx, b = fy ? y : cy;
            // a float copy made here is ours to overwrite
            return typed(op, a, b, tx, ty, true, mayX || !fx, mayY || !fy);
        } finally {
            if (cx != 0) cd(cx);
            if (cy != 0) cd(cy);
        }
    }

    /** An int atom or vector as a fresh float one. */
    private static long toFloat(long x) {
        if (type(x) == INT) return kf(Scalar.i2f(iv(x)));
        return ListBuilder.fill(newVec(FLOATV, n(x)), z -> Elementwise.intsToFloats(data(z), data(x), n(x)));
    }

    /**
     * Runs the kernel for op over same-typed payloads; floats says they hold doubles; mayX/mayY
     * that x/y may take the result when unique (the caller releases it right after).
     */
    private static long typed(Op op, long x, long y, int tx, int ty, boolean floats,
            boolean mayX, boolean mayY) {
        boolean atom = tx > 0 && ty > 0;
        long n = tx > 0 ? (ty > 0 ? 1 : n(y)) : n(x);
        int shape = tx > 0 && ty <= 0 ? Elementwise.AV : ty > 0 && tx <= 0 ? Elementwise.VA : Elementwise.VV;
        boolean floatResult = (floats || op == Op.POWER) && !op.comparison();
        int rt = floatResult ? FLOATV : INTV;
        long z = mayX && reusable(x, rt, n) ? ci(x) : mayY && reusable(y, rt, n) ? ci(y)
                : atom ? alloc(8, floatResult ? FLOAT : INT, 1) : newVec(rt, n);
        int t = Math.abs(tx);
        if (op == Op.MORE) {
            op = Op.LESS;
            long sw = x;
            x = y;
            y = sw;
            shape = shape == Elementwise.AV ? Elementwise.VA : shape == Elementwise.VA ? Elementwise.AV : shape;
        }
        try { // a kernel stops at Ctrl-C
            if (t == CHAR) {
                Elementwise.chars(KERNEL_OP[op.ordinal()], data(z), data(x), data(y), n, shape);
            } else if (t == SYM) {
                Elementwise.syms(KERNEL_OP[op.ordinal()], data(z), data(x), data(y), n, shape);
            } else if (floats) {
                Elementwise.floats(KERNEL_OP[op.ordinal()], data(z), data(x), data(y), n, shape);
            } else {
                Elementwise.ints(KERNEL_OP[op.ordinal()], data(z), data(x), data(y), n, shape);
            }
        } catch (Throwable e) {
            cd(z);
            throw e;
        }
        return z;
    }

    /** The atomic dyad d of a train (~d) such as (~=), or null when f is not one. */
    public static Op notOf(long f) {
        if (type(f) != FUNC || subKind(f) != Fn.TRAIN || n(f) != 2 || !Fn.trainVerb(f, 0) || !Fn.trainVerb(f, 1)) return null;
        long not = Fn.trainItem(f, 0), d = Fn.trainItem(f, 1);
        if (!isVerb(not) || Fn.verbIndex(not) != Verbs.TILDE || !isVerb(d) || Fn.verbMonadic(d)) return null;
        return Verbs.row(Fn.verbIndex(d)).atomic();
    }

    private static boolean isVerb(long f) { return type(f) == FUNC && subKind(f) == Fn.VERB; }

    /**
     * ~x op y for ints and int vectors in one kernel pass (the train (~=), (~<) ...; arguments
     * borrowed), or 0 when x and y are not both ints or int vectors of one length, or op gives floats.
     */
    public static long notOfInts(Op op, long x, long y) {
        int tx = type(x), ty = type(y);
        if (op == Op.POWER || op == Op.DIVIDE || tx != INT && tx != INTV || ty != INT && ty != INTV || tx == INT && ty == INT) return 0;
        if (tx == INTV && ty == INTV && n(x) != n(y)) return 0;
        long n = tx == INTV ? n(x) : n(y);
        int shape = tx == INT ? Elementwise.AV : ty == INT ? Elementwise.VA : Elementwise.VV;
        if (op == Op.MORE) {
            long sw = x;
            x = y;
            y = sw;
            shape = shape == Elementwise.AV ? Elementwise.VA : shape == Elementwise.VA ? Elementwise.AV : shape;
        }
        long a = x, b = y;
        int s = shape;
        return ListBuilder.fill(newVec(INTV, n), z -> Elementwise.ints(KERNEL_OP[op.ordinal()], true, data(z), data(a), data(b), n, s));
    }

    /** Op's number in {@link Elementwise}: MORE runs as LESS with the operands swapped. */
    public static int kernelOp(Op op) { return KERNEL_OP[op.ordinal()]; }

    private static final int[] KERNEL_OP = {Elementwise.ADD, Elementwise.SUB, Elementwise.MUL, Elementwise.DIV,
            Elementwise.MAX, Elementwise.MIN, Elementwise.POW, Elementwise.LESS, Elementwise.LESS, Elementwise.EQUAL};

    /** Whether x, an argument about to be released, can hold a result of type t and count n. */
    private static boolean reusable(long x, int t, long n) { return type(x) == t && n(x) == n && isUnique(x); }

    /** A general list on either side: pair the items (an atom pairs with every item). */
    private static long each(Op op, long x, long y, int tx, int ty, boolean mayX, boolean mayY) {
        // the items of a unique temporary list are temporaries too (a unique row may take its result);
        // an atom side is used for every item and a vector side's items are fresh atoms: never written
        boolean itemX = mayX && tx == LIST && isUnique(x), itemY = mayY && ty == LIST && isUnique(y);
        // a general list in gives a general list out, its items' results as they come (Kona's
        // dp: "any 0-list? zero"): (1;2.5)=1 is (1;0), not 1 0
        return ListBuilder.map(tx <= 0 ? n(x) : n(y), i -> {
            long a = tx <= 0 ? item(x, tx, i) : x;
            try {
                long b = ty <= 0 ? item(y, ty, i) : y;
                try {
                    return dyad(op, a, b, itemX, itemY);
                } catch (KError.Length e) {
                    throw KError.type(); // as Kona's dp: an item that fails is a type error, (1 2;3)+(1 2 3;4) too
                } finally {
                    if (ty < 0) cd(b);
                }
            } finally {
                if (tx < 0) cd(a);
            }
        });
    }

    /** Item i: borrowed from a list, fresh (to be released) from a vector. */
    static long item(long x, int t, long i) { return t == LIST ? getL(x, i) : Lists.item(x, i); }

    // ---- monads ----

    /** The atomic monads. */
    public enum Mono { NEGATE, RECIPROCAL, NOT, FLOOR, CEILING }

    public static long monad(Mono op, long x) { return monad(op, x, false); }

    /** The monad on x handed over (owned, released here): a unique x of the result's type takes it. */
    public static long monadOwned(Mono op, long x) {
        try {
            return monad(op, x, true);
        } finally {
            cd(x);
        }
    }

    private static long monad(Mono op, long x, boolean owned) {
        int t = type(x);
        if (t == LIST) return eachMonad(op, x);
        int a = Math.abs(t);
        if (op == Mono.NOT && a == SYM) return attributes(x, t);
        if (a != INT && a != FLOAT) throw KError.type();
        long n = t > 0 ? 1 : n(x);
        boolean f = a == FLOAT;
        if (!f && (op == Mono.FLOOR || op == Mono.CEILING)) return ci(x);
        int rt = op == Mono.RECIPROCAL || op == Mono.NEGATE && f ? FLOAT : INT;
        long z = owned && t < 0 && reusable(x, -rt, n) ? ci(x) : like(t, rt, n);
        int k = switch (op) {
            case NEGATE -> Elementwise.NEG;
            case RECIPROCAL -> Elementwise.RECIP;
            case NOT -> Elementwise.NOT;
            case FLOOR -> Elementwise.FLOOR;
            case CEILING -> Elementwise.CEILING;
        };
        return ListBuilder.fill(z, zz -> {
            if (f) Elementwise.floatMonad(k, data(zz), data(x), n);
            else Elementwise.intMonad(k, data(zz), data(x), n);
        });
    }

    /** ~x on an owned x: an int vector nobody else holds becomes its own result (an in-place loop). */
    static long notOwned(long x) {
        if (type(x) == INTV && isUnique(x)) return ListBuilder.fill(x, z -> Elementwise.intMonad(Elementwise.NOT, data(z), data(z), n(z)));
        try {
            return monad(Mono.NOT, x);
        } finally {
            cd(x);
        }
    }

    /** A fresh atom (t &gt; 0) or vector of n items of the given atom type. */
    public static long like(int t, int atomType, long n) { return t > 0 ? alloc(8, atomType, 1) : newVec(-atomType, n); }

    /** ~`a is `a. : the name of a's attribute dictionary. */
    private static long attributes(long x, int t) {
        if (t > 0) return ks(kj.value.Sym.name(sv(x)) + ".");
        long n = n(x);
        return ListBuilder.fill(newVec(SYMV, n), z -> {
            for (long i = 0; i < n; i++) setS(z, i, kj.value.Sym.intern(kj.value.Sym.name(getS(x, i)) + "."));
        });
    }

    /** A monad on a general list: a general list, as for the dyads ({@code _(1.5;2)} is (1;2)). */
    private static long eachMonad(Mono op, long x) { return ListBuilder.map(n(x), i -> monad(op, getL(x, i))); }
}

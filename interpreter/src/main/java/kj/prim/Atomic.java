package kj.prim;

import static kj.value.K.*;

import kj.shape.Gather;
import kj.kernel.Kernels;
import java.lang.foreign.MemorySegment;
import kj.error.KError;
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

        boolean comparison() { return this == LESS || this == MORE || this == EQUAL; }
    }

    private Atomic() {}

    public static long dyad(Op op, long x, long y) {
        int tx = type(x), ty = type(y);
        if (tx == INT && ty == INT) return intAtoms(op, iv(x), iv(y));
        if (tx == FLOAT && ty == FLOAT) return floatAtoms(op, fv(x), fv(y));
        if (tx <= 0 && ty <= 0 && n(x) != n(y)) throw KError.length();
        int limit = op.comparison() ? SYM : FLOAT;
        if (Math.abs(tx) > limit || Math.abs(ty) > limit) throw KError.type();
        if (tx == LIST || ty == LIST) return each(op, x, y, tx, ty);
        int ax = Math.abs(tx), ay = Math.abs(ty);
        if (ax <= FLOAT && ay <= FLOAT) return numbers(op, x, y, tx, ty);
        if (ax != ay) throw KError.type();
        return ax == CHAR ? typed(op, x, y, tx, ty, Kernels.bytes(x), Kernels.bytes(y), false)
                : typed(op, x, y, tx, ty, Kernels.ids(x), Kernels.ids(y), false);
    }

    private static long intAtoms(Op op, long a, long b) {
        return switch (op) {
            case PLUS -> ki(a + b);
            case MINUS -> ki(a - b);
            case TIMES -> ki(a * b);
            case DIVIDE -> ki(Kernels.div(a, b));
            case MAX -> ki(Math.max(a, b));
            case MIN -> ki(Math.min(a, b));
            case POWER -> kf(Kernels.pow(Kernels.i2f(a), Kernels.i2f(b)));
            case LESS -> ki(a < b ? 1 : 0);
            case MORE -> ki(a > b ? 1 : 0);
            case EQUAL -> ki(a == b ? 1 : 0);
        };
    }

    private static long floatAtoms(Op op, double a, double b) {
        return switch (op) {
            case PLUS -> kf(a + b);
            case MINUS -> kf(a - b);
            case TIMES -> kf(a * b);
            case DIVIDE -> kf(Kernels.div(a, b));
            case MAX -> kf(Kernels.max(a, b));
            case MIN -> kf(Kernels.min(a, b));
            case POWER -> kf(Kernels.pow(a, b));
            case LESS -> ki(Tolerance.less(a, b) ? 1 : 0);
            case MORE -> ki(Tolerance.less(b, a) ? 1 : 0);
            case EQUAL -> ki(Tolerance.equal(a, b) ? 1 : 0);
        };
    }

    /** Int and float operands, atoms or vectors: ints stay ints unless a float is involved. */
    private static long numbers(Op op, long x, long y, int tx, int ty) {
        boolean fx = Math.abs(tx) == FLOAT, fy = Math.abs(ty) == FLOAT;
        if (!fx && !fy && op != Op.POWER) {
            return typed(op, x, y, tx, ty, Kernels.wide(x), Kernels.wide(y), false);
        }
        long cx = fx ? 0 : toFloat(x), cy = 0;
        try {
            cy = fy ? 0 : toFloat(y);
            long a = fx ? x : cx, b = fy ? y : cy;
            return typed(op, a, b, tx, ty, Kernels.wide(a), Kernels.wide(b), true);
        } finally {
            if (cx != 0) cd(cx);
            if (cy != 0) cd(cy);
        }
    }

    /** An int atom or vector as a fresh float one. */
    private static long toFloat(long x) {
        return type(x) == INT ? kf(Kernels.i2f(iv(x))) : Kernels.intsToFloats(x);
    }

    /** Runs the kernel for op over same-typed payloads; floats says they hold doubles. */
    private static long typed(Op op, long x, long y, int tx, int ty, MemorySegment xs, MemorySegment ys, boolean floats) {
        boolean atom = tx > 0 && ty > 0;
        long n = tx > 0 ? (ty > 0 ? 1 : n(y)) : n(x);
        int shape = tx > 0 && ty <= 0 ? Kernels.AV : ty > 0 && tx <= 0 ? Kernels.VA : Kernels.VV;
        boolean floatResult = (floats || op == Op.POWER) && !op.comparison();
        long z = atom ? alloc(8, floatResult ? FLOAT : INT, 1) : newVec(floatResult ? FLOATV : INTV, n);
        MemorySegment zs = Kernels.wide(z);
        int t = Math.abs(tx);
        if (op == Op.MORE) {
            op = Op.LESS;
            MemorySegment s = xs;
            xs = ys;
            ys = s;
            shape = shape == Kernels.AV ? Kernels.VA : shape == Kernels.VA ? Kernels.AV : shape;
        }
        if (t == CHAR) {
            if (op == Op.LESS) Kernels.lessC(zs, xs, ys, n, shape);
            else Kernels.eqC(zs, xs, ys, n, shape);
        } else if (t == SYM) {
            if (op == Op.LESS) Kernels.lessS(zs, xs, ys, n, shape);
            else Kernels.eqS(zs, xs, ys, n, shape);
        } else if (floats) {
            switch (op) {
                case PLUS -> Kernels.addF(zs, xs, ys, n, shape);
                case MINUS -> Kernels.subF(zs, xs, ys, n, shape);
                case TIMES -> Kernels.mulF(zs, xs, ys, n, shape);
                case DIVIDE -> Kernels.divF(zs, xs, ys, n, shape);
                case MAX -> Kernels.maxF(zs, xs, ys, n, shape);
                case MIN -> Kernels.minF(zs, xs, ys, n, shape);
                case POWER -> Kernels.powF(zs, xs, ys, n, shape);
                case LESS -> Kernels.lessF(zs, xs, ys, n, shape);
                default -> Kernels.eqF(zs, xs, ys, n, shape);
            }
        } else {
            switch (op) {
                case PLUS -> Kernels.addI(zs, xs, ys, n, shape);
                case MINUS -> Kernels.subI(zs, xs, ys, n, shape);
                case TIMES -> Kernels.mulI(zs, xs, ys, n, shape);
                case DIVIDE -> Kernels.divI(zs, xs, ys, n, shape);
                case MAX -> Kernels.maxI(zs, xs, ys, n, shape);
                case MIN -> Kernels.minI(zs, xs, ys, n, shape);
                case LESS -> Kernels.lessI(zs, xs, ys, n, shape);
                default -> Kernels.eqI(zs, xs, ys, n, shape);
            }
        }
        return z;
    }

    /** A general list on either side: pair the items (an atom pairs with every item). */
    private static long each(Op op, long x, long y, int tx, int ty) {
        return Gather.map(tx <= 0 ? n(x) : n(y), i -> {
            long a = tx <= 0 ? item(x, tx, i) : x;
            try {
                long b = ty <= 0 ? item(y, ty, i) : y;
                try {
                    return dyad(op, a, b);
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

    public static long monad(Mono op, long x) {
        int t = type(x);
        if (t == LIST) return eachMonad(op, x);
        int a = Math.abs(t);
        if (op == Mono.NOT && a == SYM) return attributes(x, t);
        if (a != INT && a != FLOAT) throw KError.type();
        long n = t > 0 ? 1 : n(x);
        MemorySegment xs = Kernels.wide(x);
        boolean f = a == FLOAT;
        if (!f && (op == Mono.FLOOR || op == Mono.CEILING)) return ci(x);
        long z = like(t, op == Mono.RECIPROCAL || op == Mono.NEGATE && f ? FLOAT : INT, n);
        MemorySegment zs = Kernels.wide(z);
        switch (op) {
            case NEGATE -> { if (f) Kernels.negF(zs, xs, n); else Kernels.negI(zs, xs, n); }
            case RECIPROCAL -> { if (f) Kernels.recipF(zs, xs, n); else Kernels.recipI(zs, xs, n); }
            case NOT -> { if (f) Kernels.notF(zs, xs, n); else Kernels.notI(zs, xs, n); }
            case FLOOR -> Kernels.floorF(zs, xs, n);
            case CEILING -> Kernels.ceilingF(zs, xs, n);
        }
        return z;
    }

    /** ~x on an owned x: an int vector nobody else holds becomes its own result (an in-place loop). */
    static long notOwned(long x) {
        if (type(x) == INTV && isUnique(x)) {
            MemorySegment xs = Kernels.wide(x);
            Kernels.notI(xs, xs, n(x));
            return x;
        }
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
        long z = newVec(SYMV, n);
        for (long i = 0; i < n; i++) setS(z, i, kj.value.Sym.intern(kj.value.Sym.name(getS(x, i)) + "."));
        return z;
    }

    private static long eachMonad(Mono op, long x) { return Gather.map(n(x), i -> monad(op, getL(x, i))); }
}

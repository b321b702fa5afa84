package kj.sys;

import static kj.value.K.*;

import kj.shape.Gather;
import kj.error.KError;

/**
 * Plain numeric + and * over ints and floats (atoms, vectors, nested lists) for the _ functions
 * written in terms of them (_dot _mul _sv _lsq): they must not wait on the arithmetic verbs.
 */
final class Num {
    private Num() {}

    static boolean numeric(int t) { return Math.abs(t) == INT || Math.abs(t) == FLOAT; }

    static long add(long x, long y) { return op(x, y, false); }

    static long mul(long x, long y) { return op(x, y, true); }

    private static long op(long x, long y, boolean times) {
        int tx = type(x), ty = type(y);
        if (tx == LIST || ty == LIST) return Gather.pairs(x, tx <= 0, y, ty <= 0, (a, b) -> op(a, b, times));
        if (tx <= 0 && ty <= 0 && n(x) != n(y)) throw KError.length(); // before the types, as + and *
        if (!numeric(tx) || !numeric(ty)) throw KError.type();
        boolean ints = Math.abs(tx) == INT && Math.abs(ty) == INT;
        if (tx > 0 && ty > 0) {
            if (ints) return ki(times ? iv(x) * iv(y) : iv(x) + iv(y));
            double a = dv(x, 0), b = dv(y, 0);
            return kf(times ? a * b : a + b);
        }
        long n = tx < 0 ? n(x) : n(y);
        long z = newVec(ints ? INTV : FLOATV, n);
        if (ints) {
            for (long i = 0; i < n; i++) {
                long a = tx < 0 ? getI(x, i) : iv(x), b = ty < 0 ? getI(y, i) : iv(y);
                setI(z, i, times ? a * b : a + b);
            }
        } else {
            for (long i = 0; i < n; i++) {
                double a = dv(x, tx < 0 ? i : 0), b = dv(y, ty < 0 ? i : 0);
                setF(z, i, times ? a * b : a + b);
            }
        }
        return z;
    }

    /** Item i of a numeric atom (i = 0) or vector as a double. */
    static double dv(long x, long i) {
        return switch (type(x)) {
            case INT -> (double) iv(x);
            case FLOAT -> fv(x);
            case INTV -> (double) getI(x, i);
            case FLOATV -> getF(x, i);
            default -> throw KError.type();
        };
    }

    /** +/x: the sum of the items (0 for an empty list). */
    static long sum(long x) {
        int t = type(x);
        long n = n(x);
        if (t > 0) return ci(x);
        if (t == INTV) {
            long s = 0;
            for (long i = 0; i < n; i++) s += getI(x, i);
            return ki(s);
        }
        if (t == FLOATV) {
            double s = 0;
            for (long i = 0; i < n; i++) s += getF(x, i);
            return kf(s);
        }
        if (t != LIST) throw KError.type();
        if (n == 0) return ki(0);
        long acc = ci(getL(x, 0));
        for (long i = 1; i < n; i++) {
            long next;
            try {
                next = add(acc, getL(x, i));
            } finally {
                cd(acc);
            }
            acc = next;
        }
        return acc;
    }
}

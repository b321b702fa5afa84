package kj.verb;

import static kj.value.K.*;

import kj.error.KError;
import kj.verb.Atomic.Mono;
import kj.verb.Atomic.Op;

/**
 * Atomic arithmetic and comparison verbs, extended item-wise over lists (see {@link Atomic}).
 * As in Kona: int op int stays int (overflow wraps; % truncates, x%0 gives 0I, -0I or 0N),
 * a float on either side makes a float, ^ always gives floats, comparisons give 0/1 ints with
 * tolerant float equality, and | &amp; are max and min (or and on booleans).
 */
public final class Arith {
    private Arith() {}

    /** -x: 0-x (ints wrap, so -0N is 0N). */
    public static long negate(long x) { return Atomic.monad(Mono.NEGATE, x); }

    /** %x: 1.0%x, always float. */
    public static long reciprocal(long x) { return Atomic.monad(Mono.RECIPROCAL, x); }

    /** ~x: 1 where x is 0 (ints and floats), `a. for a symbol `a. */
    public static long not(long x) { return Atomic.monad(Mono.NOT, x); }

    /** _x: tolerant floor of floats to ints; ints unchanged. */
    public static long floor(long x) { return Atomic.monad(Mono.FLOOR, x); }

    /** _ceiling x: tolerant ceiling of floats to ints; ints unchanged. */
    public static long ceiling(long x) { return Atomic.monad(Mono.CEILING, x); }

    public static long plus(long x, long y) { return Atomic.dyad(Op.PLUS, x, y); }

    public static long minus(long x, long y) { return Atomic.dyad(Op.MINUS, x, y); }

    public static long times(long x, long y) { return Atomic.dyad(Op.TIMES, x, y); }

    public static long divide(long x, long y) { return Atomic.dyad(Op.DIVIDE, x, y); }

    public static long max(long x, long y) { return Atomic.dyad(Op.MAX, x, y); }

    public static long min(long x, long y) { return Atomic.dyad(Op.MIN, x, y); }

    public static long power(long x, long y) { return Atomic.dyad(Op.POWER, x, y); }

    public static long less(long x, long y) { return Atomic.dyad(Op.LESS, x, y); }

    public static long more(long x, long y) { return Atomic.dyad(Op.MORE, x, y); }

    public static long equal(long x, long y) { return Atomic.dyad(Op.EQUAL, x, y); }

    /**
     * x!y for an atom y (the mod half of !): the result takes y's sign; x!0 is x. x may be an int
     * or float atom, vector or list; a float on either side gives floats. Ints go through doubles
     * as in Kona, so beyond 2^53 the result is Kona's, not the exact residue (kona_tc line 621).
     */
    public static long mod(long x, long y) {
        int ty = type(y), tx = type(x);
        if (ty != INT && ty != FLOAT) throw KError.type();
        if (tx == LIST) return Gather.map(n(x), i -> mod(getL(x, i), y));
        int ax = Math.abs(tx);
        if (ax != INT && ax != FLOAT) throw KError.type();
        long n = tx > 0 ? 1 : n(x);
        if (ax == INT && ty == INT) {
            long d = iv(y);
            long z = Atomic.like(tx, INT, n);
            for (long i = 0; i < n; i++) {
                long c = getI(x, i);
                setI(z, i, d == 0 ? c : (long) ((double) c - (double) d * Math.floor((double) c / d)));
            }
            return z;
        }
        double g = ty == FLOAT ? fv(y) : Kernels.i2f(iv(y));
        long z = Atomic.like(tx, FLOAT, n);
        for (long i = 0; i < n; i++) {
            double f = ax == FLOAT ? getF(x, i) : Kernels.i2f(getI(x, i));
            setF(z, i, g == 0 ? f : f - g * Math.floor(f / g));
        }
        return z;
    }

    /** x _dot y: the sum of x*y (int when both are ints). */
    public static long dot(long x, long y) {
        int tx = Math.abs(type(x)), ty = Math.abs(type(y));
        if (tx == INT && ty == INT && type(x) < 0 && type(y) < 0) {
            if (n(x) != n(y)) throw KError.length();
            long s = 0;
            for (long i = 0, n = n(x); i < n; i++) s += getI(x, i) * getI(y, i);
            return ki(s);
        }
        long p = times(x, y);
        try {
            return switch (type(p)) {
                case INT, FLOAT -> ci(p);
                case INTV -> ki(Kernels.sumInts(p));
                case FLOATV -> kf(Kernels.sumFloats(p));
                default -> {
                    long s = ki(0);
                    for (long i = 0, n = n(p); i < n; i++) {
                        long t = plus(s, getL(p, i));
                        cd(s);
                        s = t;
                    }
                    yield s;
                }
            };
        } finally {
            cd(p);
        }
    }
}

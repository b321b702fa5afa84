package kj.prim;

import static kj.value.K.*;

import kj.prim.Atomic.Mono;
import kj.prim.Atomic.Op;

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
}

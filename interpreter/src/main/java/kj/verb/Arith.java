package kj.verb;

import kj.error.KError;

/** Atomic arithmetic and comparison verbs, extended item-wise over lists. */
public final class Arith {
    private Arith() {}

    public static long negate(long x) { throw KError.nonce(); }

    public static long reciprocal(long x) { throw KError.nonce(); }

    public static long not(long x) { throw KError.nonce(); }

    public static long floor(long x) { throw KError.nonce(); }

    public static long plus(long x, long y) { throw KError.nonce(); }

    public static long minus(long x, long y) { throw KError.nonce(); }

    public static long times(long x, long y) { throw KError.nonce(); }

    public static long divide(long x, long y) { throw KError.nonce(); }

    public static long max(long x, long y) { throw KError.nonce(); }

    public static long min(long x, long y) { throw KError.nonce(); }

    public static long power(long x, long y) { throw KError.nonce(); }

    public static long less(long x, long y) { throw KError.nonce(); }

    public static long more(long x, long y) { throw KError.nonce(); }

    public static long equal(long x, long y) { throw KError.nonce(); }
}

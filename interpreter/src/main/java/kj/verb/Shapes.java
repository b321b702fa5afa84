package kj.verb;

import kj.error.KError;

/** Structural verbs: shape, order, selection, joining. */
public final class Shapes {
    private Shapes() {}

    public static long flip(long x) { throw KError.nonce(); }

    public static long first(long x) { throw KError.nonce(); }

    public static long reverse(long x) { throw KError.nonce(); }

    public static long where(long x) { throw KError.nonce(); }

    public static long shape(long x) { throw KError.nonce(); }

    public static long enumerate(long x) { throw KError.nonce(); }

    public static long gradeUp(long x) { throw KError.nonce(); }

    public static long gradeDown(long x) { throw KError.nonce(); }

    public static long group(long x) { throw KError.nonce(); }

    public static long unique(long x) { throw KError.nonce(); }

    public static long enlist(long x) { throw KError.nonce(); }

    public static long count(long x) { throw KError.nonce(); }

    public static long atom(long x) { throw KError.nonce(); }

    public static long rotate(long x, long y) { throw KError.nonce(); }

    public static long find(long x, long y) { throw KError.nonce(); }

    public static long drop(long x, long y) { throw KError.nonce(); }

    public static long join(long x, long y) { throw KError.nonce(); }

    public static long take(long x, long y) { throw KError.nonce(); }
}

package kj.verb;

import kj.error.KError;

/** $ : format (monad) and form (dyad). */
public final class Format {
    private Format() {}

    public static long format(long x) { throw KError.nonce(); }

    public static long form(long x, long y) { throw KError.nonce(); }
}

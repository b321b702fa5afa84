package kj.verb;

import kj.error.KError;

/** @ and . in all their forms: index, apply, amend, value/execute, and : (colon). */
public final class Indexing {
    private Indexing() {}

    public static long at(long x, long y) { throw KError.nonce(); }

    /** @[x;i;f] and @[x;i;f;y]; also the error trap @[f;x;:]. */
    public static long atN(long[] args) { throw KError.nonce(); }

    public static long dotMonad(long x) { throw KError.nonce(); }

    public static long dotDyad(long x, long y) { throw KError.nonce(); }

    /** .[x;path;f] and .[x;path;f;y]; also the error trap .[f;x;:]. */
    public static long dotN(long[] args) { throw KError.nonce(); }

    public static long colonMonad(long x) { return kj.value.K.ci(x); }

    public static long colonDyad(long x, long y) { return kj.value.K.ci(y); }
}

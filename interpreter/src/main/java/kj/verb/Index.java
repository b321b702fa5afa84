package kj.verb;

import kj.error.KError;

/** Indexing data with brackets or juxtaposition: x[i], x[i;j], x[;j], d[`a]. */
public final class Index {
    private Index() {}

    /** x[args] (borrowed; 0 = elided); owned result. */
    public static long apply(long x, long[] args) {
        throw KError.nonce();
    }
}

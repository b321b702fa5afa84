package kj.verb;

import kj.error.KError;

/** Amend at depth: .[x;path;f;y] and the assignments a[i]:y, a[i]+:y. */
public final class Amend {
    private Amend() {}

    /**
     * x amended at path (0 = elided) by f (0 = plain assignment) with y. All arguments are
     * borrowed. When x has one reference only (the variable being assigned) it may be changed in
     * place, and then the result is x with one more reference.
     */
    public static long dot(long x, long[] path, long f, long y) {
        throw KError.nonce();
    }
}

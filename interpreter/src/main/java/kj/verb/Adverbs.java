package kj.verb;

import kj.error.KError;
import kj.eval.Interp;

/** The adverbs ' / \ /: \: ': applied to a function and arguments (borrowed). */
public final class Adverbs {
    public static final int EACH = 0, OVER = 1, SCAN = 2, EACH_RIGHT = 3, EACH_LEFT = 4, EACH_PRIOR = 5;
    public static final String[] TEXT = {"'", "/", "\\", "/:", "\\:", "':"};

    private Adverbs() {}

    public static long apply(Interp in, long f, int adverb, long[] args) {
        throw KError.nonce();
    }
}

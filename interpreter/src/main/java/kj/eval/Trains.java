package kj.eval;

import static kj.value.K.*;

import kj.error.KError;
import kj.value.Fn;

/**
 * Applying a verb train: the items bind right to left as in an expression whose last argument
 * is missing. The last verb takes the arguments (with the noun before it on its left, if any);
 * each verb to its left then takes the result, dyadically when a noun stands before it.
 */
final class Trains {
    private Trains() {}

    static long apply(Interp in, long t, long[] args) {
        int i = (int) n(t) - 1;
        long r;
        if (i > 0 && !Fn.trainVerb(t, i - 1)) {
            if (args.length != 1) throw KError.valence();
            r = Calls.apply(in, Fn.trainItem(t, i), new long[] {Fn.trainItem(t, i - 1), args[0]});
            i -= 2;
        } else {
            r = Calls.apply(in, Fn.trainItem(t, i), args);
            i -= 1;
        }
        while (i >= 0) {
            long item = Fn.trainItem(t, i);
            long next;
            try {
                if (Fn.trainVerb(t, i) && i > 0 && !Fn.trainVerb(t, i - 1)) {
                    next = Calls.apply(in, item, new long[] {Fn.trainItem(t, i - 1), r});
                    i -= 2;
                } else {
                    next = Calls.apply(in, item, new long[] {r});
                    i -= 1;
                }
            } finally {
                cd(r);
            }
            r = next;
        }
        return r;
    }

    /** How many arguments a train takes: one when a noun stands before its last verb. */
    static int valence(long t) {
        long n = n(t);
        return n > 1 && !Fn.trainVerb(t, n - 2) ? 1 : 2;
    }
}

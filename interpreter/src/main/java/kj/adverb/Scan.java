package kj.adverb;

import static kj.value.K.*;
import static kj.adverb.Adverbs.*;

import kj.error.KError;
import kj.value.Context;
import kj.value.Lists;

/** f\ : the forms of f/ keeping every step (the start included); a char atom f splits strings. */
final class Scan {
    private Scan() {}

    static long apply(Context in, long f, long[] args) {
        if (args.length > 2) return Folds.nadic(in, f, args, true);
        int k = Adverbs.valence(in, f);
        if (k == 0 && type(f) == CHAR && args.length == 1) return Strings.split(f, args[0]);
        // data other than a general list follows indexes as a monadic f does (v\i, n v\i), as Kona
        if (k == 0 && type(f) != LIST) k = 1;
        if (k != 1) return args.length == 1 ? fold(in, f, 0, args[0]) : fold(in, f, args[0], args[1]);
        if (args.length == 1) return converge(in, f, args[0]);
        long a = args[0];
        if (type(a) == INT) return repeat(in, f, iv(a), args[1]);
        if (type(a) == FUNC) return whileTrue(in, a, f, args[1]);
        return converge(in, f, args[1]);
    }

    /**
     * f\y and x f\y: the running fold. With x and an atom y the one step is the result (Kona's
     * 11+\1 is 12); with x and an empty y, x.
     */
    static long fold(Context in, long f, long seed, long y) {
        long fast = seed == 0 ? Reduce.scanRows(f, y) : 0;
        if (fast == 0) fast = Reduce.scan(f, seed, y);
        if (fast != 0) return fast;
        long n = n(y);
        if (seed == 0 && (atom(y) || n == 0)) return ci(y);
        if (seed != 0 && atom(y)) return call2(in, f, seed, y);
        if (seed != 0 && n == 0) return ci(seed);
        Acc acc = new Acc(n + 1);
        try {
            acc.add(seed == 0 ? Lists.item(y, 0) : ci(seed));
            for (long i = seed == 0 ? 1 : 0; i < n; i++) {
                long item = Lists.item(y, i);
                try {
                    acc.add(call2(in, f, acc.last(), item));
                } finally {
                    cd(item);
                }
            }
            return acc.list();
        } finally {
            acc.release();
        }
    }

    /** The start, then each new value until one matches the previous or the start. */
    static long converge(Context in, long f, long start) {
        Acc acc = new Acc(8);
        try {
            acc.add(ci(start));
            while (true) {
                in.checkInterrupt();
                long prev = acc.last();
                long cur = step(in, f, prev);
                if (converged(cur, prev, start)) {
                    cd(cur);
                    return acc.list();
                }
                acc.add(cur);
            }
        } finally {
            acc.release();
        }
    }

    static long repeat(Context in, long f, long times, long x) {
        if (times < 0) throw KError.intError();
        Acc acc = new Acc(times + 1);
        try {
            acc.add(ci(x));
            for (long i = 0; i < times; i++) {
                in.checkInterrupt();
                acc.add(step(in, f, acc.last()));
            }
            return acc.list();
        } finally {
            acc.release();
        }
    }

    static long whileTrue(Context in, long cond, long f, long x) {
        Acc acc = new Acc(8);
        try {
            acc.add(ci(x));
            while (Over.holds(in, cond, acc.last())) {
                in.checkInterrupt();
                acc.add(step(in, f, acc.last()));
            }
            return acc.list();
        } finally {
            acc.release();
        }
    }
}

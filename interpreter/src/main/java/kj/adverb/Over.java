package kj.adverb;

import kj.prim.Fold;
import kj.prim.Primitive;
import static kj.value.K.*;
import static kj.adverb.Adverbs.*;

import java.util.function.LongPredicate;
import kj.error.KError;
import kj.value.Context;
import kj.value.Lists;

/**
 * f/ : with a dyadic f, fold (f/x, x f/y, f/[x;y;z]); with a monadic f, converge (f/x), repeat
 * (n f/x) or loop while a condition holds (b f/x). A char atom as f joins strings ("," / list).
 */
final class Over {
    private Over() {}

    static long apply(Context in, long f, long[] args) {
        if (args.length > 2) return Folds.nadic(in, f, args, false);
        int k = Adverbs.valence(in, f);
        if (k == 2) return args.length == 1 ? fold(in, f, 0, args[0]) : fold(in, f, args[0], args[1]);
        if (args.length == 1) {
            if (type(f) == CHAR) return Strings.join(f, args[0]);
            return converge(in, f, args[0]);
        }
        long a = args[0];
        if (type(a) == INT) return repeat(in, f, iv(a), args[1]);
        if (type(a) == FUNC) return whileTrue(in, a, f, args[1]);
        return converge(in, f, args[1]);
    }

    /** f/y, or x f/y when seed is not 0. */
    static long fold(Context in, long f, long seed, long y) {
        long fast = Reduce.over(f, seed, y);
        if (fast != 0) return fast;
        long n = n(y);
        if (seed == 0) {
            if (atom(y)) return ci(y);
            if (n == 0) return empty(f, y);
        } else {
            if (atom(y)) return call2(in, f, seed, y);
            if (n == 0) {
                Primitive p = dyadicVerb(f);
                boolean joinAtom = p != null && p.fold() == Fold.JOIN && type(y) == LIST && atom(seed);
                return joinAtom ? Lists.of(new long[] {ci(seed)}) : ci(seed);
            }
        }
        long acc = seed == 0 ? Lists.item(y, 0) : ci(seed);
        try {
            for (long i = seed == 0 ? 1 : 0; i < n; i++) {
                Context.poll(i);
                long item = Lists.item(y, i);
                long prev = acc;
                acc = 0;
                try {
                    acc = call2(in, f, prev, item);
                } finally {
                    cd(prev);
                    cd(item);
                }
            }
            long r = acc;
            acc = 0;
            return r;
        } finally {
            if (acc != 0) cd(acc);
        }
    }

    /**
     * f/ of an empty list: join gives (), = of an empty int vector 1 (no two items differ; Kona
     * makes that case alone: =/() and =/"" are length errors), other verbs a length error
     * (Kona), lambdas nil.
     */
    private static long empty(long f, long y) {
        Primitive p = dyadicVerb(f);
        // ,/ of any empty list is the empty general list, as Kona (,/!0 and ,/"" are ())
        if (p != null && p.emptyOver() == Primitive.EmptyOver.ITSELF) return Lists.of(new long[0]);
        if (p != null && p.emptyOver() == Primitive.EmptyOver.ONE && type(y) == INTV) return ki(1);
        if (type(f) == FUNC && subKind(f) == kj.value.Fn.VERB) throw KError.length();
        return nil();
    }

    /**
     * Applies f until the result matches the previous one or the start; Kona stops too when an
     * int start gives chars. A function gives the last new value, data (indexing) the final one.
     */
    static long converge(Context in, long f, long start) {
        long prev = ci(start);
        try {
            while (true) {
                in.checkInterrupt();
                long cur = step(in, f, prev);
                boolean stop = converged(cur, prev, start) || intToChar(start, cur);
                if (!stop) {
                    cd(prev);
                    prev = cur;
                    continue;
                }
                if (isFunction(f)) {
                    cd(cur);
                } else {
                    cd(prev);
                    prev = cur;
                }
                long r = prev;
                prev = 0;
                return r;
            }
        } finally {
            if (prev != 0) cd(prev);
        }
    }

    static boolean intToChar(long start, long cur) {
        return Math.abs(type(start)) == INT && Math.abs(type(cur)) == CHAR;
    }

    static long repeat(Context in, long f, long times, long x) {
        if (times < 0) throw KError.intError();
        long[] left = {times};
        return loop(in, f, x, cur -> left[0]-- > 0);
    }

    static long whileTrue(Context in, long cond, long f, long x) {
        return loop(in, f, x, cur -> holds(in, cond, cur));
    }

    /** Applies f to x, then to each result, while {@code more} holds for the current value. */
    private static long loop(Context in, long f, long x, LongPredicate more) {
        long cur = ci(x);
        try {
            while (more.test(cur)) {
                in.checkInterrupt();
                long prev = cur;
                cur = 0;
                try {
                    cur = step(in, f, prev);
                } finally {
                    cd(prev);
                }
            }
            long r = cur;
            cur = 0;
            return r;
        } finally {
            if (cur != 0) cd(cur);
        }
    }

    /** The condition of b f/x: true only for a nonzero int atom. */
    static boolean holds(Context in, long cond, long x) {
        long g = call1(in, cond, x);
        try {
            return type(g) == INT && iv(g) != 0;
        } finally {
            cd(g);
        }
    }
}

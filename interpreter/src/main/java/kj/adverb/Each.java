package kj.adverb;

import static kj.value.K.*;
import static kj.adverb.Adverbs.*;

import kj.error.KError;
import kj.value.Context;
import kj.value.Lists;

/** f'x, x f'y and f'[x;y;z]: f on each item; atoms extend to the other arguments' length. */
final class Each {
    private Each() {}

    static long apply(Context in, long f, long[] args) {
        return switch (args.length) {
            case 1 -> monadic(in, f, args[0]);
            case 2 -> dyadic(in, f, args[0], args[1]);
            default -> nadic(in, f, args);
        };
    }

    static long monadic(Context in, long f, long y) {
        if (atom(y)) return call1(in, f, y);
        long fast = type(y) != LIST ? Reduce.eachMonadic(f, y) : n(y) == 0 ? 0 : rows(f, y);
        if (fast != 0) return fast;
        long n = n(y);
        Acc acc = new Acc(n);
        try {
            for (long i = 0; i < n; i++) {
                long item = Lists.item(y, i);
                try {
                    acc.add(call1(in, f, item));
                } finally {
                    cd(item);
                }
            }
            return acc.list();
        } finally {
            acc.release();
        }
    }

    /** f'y on a non-empty general list answered without a call per item, or 0. */
    private static long rows(long f, long y) {
        long fast = EachHeader.monadic(f, y);
        return fast != 0 ? fast : Reduce.eachOver(f, y);
    }

    static long dyadic(Context in, long f, long x, long y) {
        boolean ax = atom(x), ay = atom(y);
        if (ax && ay) return call2(in, f, x, y);
        if (!ax && !ay && n(x) != n(y)) throw KError.length();
        long fast = Reduce.eachDyadic(f, x, y);
        if (fast != 0) return fast;
        long n = ax ? n(y) : n(x);
        Acc acc = new Acc(n);
        try {
            for (long i = 0; i < n; i++) {
                long a = ax ? ci(x) : Lists.item(x, i);
                long b = 0;
                try {
                    b = ay ? ci(y) : Lists.item(y, i);
                    acc.add(call2(in, f, a, b));
                } finally {
                    cd(a);
                    if (b != 0) cd(b);
                }
            }
            return acc.list();
        } finally {
            acc.release();
        }
    }

    /** f'[x;y;z]: the lists must agree in length; all atoms make one call. */
    static long nadic(Context in, long f, long[] args) {
        long n = -1;
        for (long a : args) {
            if (atom(a)) continue;
            if (n < 0) n = n(a);
            else if (n != n(a)) throw KError.length();
        }
        if (n < 0) return in.apply(f, args);
        Acc acc = new Acc(n);
        long[] items = new long[args.length];
        try {
            for (long i = 0; i < n; i++) {
                try {
                    for (int j = 0; j < args.length; j++) items[j] = atom(args[j]) ? ci(args[j]) : Lists.item(args[j], i);
                    acc.add(callN(in, f, items));
                } finally {
                    for (int j = 0; j < items.length; j++) {
                        if (items[j] != 0) cd(items[j]);
                        items[j] = 0;
                    }
                }
            }
            return acc.list();
        } finally {
            acc.release();
        }
    }
}

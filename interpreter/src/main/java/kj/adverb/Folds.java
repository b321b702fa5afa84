package kj.adverb;

import static kj.value.K.*;
import static kj.adverb.Adverbs.*;

import kj.error.KError;
import kj.value.Context;
import kj.value.Lists;

/** f/[x;y;z] and f\[x;y;z]: x is the seed, the other arguments are walked together. */
final class Folds {
    private Folds() {}

    static long nadic(Context in, long f, long[] args, boolean scan) {
        long n = -1;
        for (int j = 1; j < args.length; j++) {
            long a = args[j];
            if (atom(a)) continue;
            if (n < 0) n = n(a);
            else if (n != n(a)) throw KError.length();
        }
        if (n < 0) return in.apply(f, args);
        Acc steps = scan ? new Acc(n + 1) : null;
        long[] call = new long[args.length];
        long acc = ci(args[0]);
        try {
            if (scan) steps.add(ci(acc));
            for (long i = 0; i < n; i++) {
                Context.poll(i);
                try {
                    call[0] = acc;
                    acc = 0;
                    for (int j = 1; j < args.length; j++) call[j] = atom(args[j]) ? ci(args[j]) : Lists.item(args[j], i);
                    acc = callN(in, f, call);
                } finally {
                    for (int j = 0; j < call.length; j++) {
                        if (call[j] != 0) cd(call[j]);
                        call[j] = 0;
                    }
                }
                if (scan) steps.add(ci(acc));
            }
            if (!scan) {
                long r = acc;
                acc = 0;
                return r;
            }
            return steps.list();
        } finally {
            if (acc != 0) cd(acc);
            if (steps != null) steps.release();
        }
    }
}

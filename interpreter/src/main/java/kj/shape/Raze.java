package kj.shape;

import static kj.value.K.*;

import kj.prim.Verbs;
import kj.kpool.Mem;
import kj.value.Lists;
import kj.value.ListBuilder;

/** ,/ on a list in one pass: a vector when every item is an atom or vector of one type. */
public final class Raze {
    private Raze() {}

    /**
     * ,/y and x,/y without a fold: a vector razes to itself, a seeded vector is one join, a list
     * is razed in one pass. 0 where the general fold must decide (atoms, empties, one item, dicts).
     */
    public static long over(long seed, long y) {
        int t = type(y);
        long n = n(y);
        if (t > 0 || n == 0) return 0;
        if (seed == 0) {
            if (n < 2) return 0;
            return t < 0 ? ci(y) : raze(y);
        }
        if (t < 0) return Join.join(seed, y);
        long all = newList(n + 1);
        setL(all, 0, ci(seed));
        for (long i = 0; i < n; i++) setL(all, i + 1, ci(getL(y, i)));
        try {
            return raze(all);
        } finally {
            cd(all);
        }
    }

    /** ,/y for a general list of two or more items; 0 when an item is a dict (general path). */
    static long raze(long y) {
        long n = n(y), total = 0;
        int base = 0;
        boolean general = false;
        for (long i = 0; i < n; i++) {
            long it = getL(y, i);
            int t = type(it);
            if (t == DICT) return 0;
            if (t == LIST) {
                if (n(it) > 0) general = true;
                total += n(it);
                continue;
            }
            int b = Math.abs(t);
            if (b > SYM) general = true;
            else if (base == 0) base = b;
            else if (base != b) general = true;
            total += t > 0 ? 1 : n(it);
        }
        if (base == 0 && !general) return newList(0);
        return general ? mixed(y, n, total) : typed(y, n, total, base);
    }

    private static long typed(long y, long n, long total, int base) {
        long z = newVec(-base, total);
        int w = width(base);
        long at = data(z);
        for (long i = 0; i < n; i++) {
            long it = getL(y, i);
            int t = type(it);
            if (t == LIST) continue;
            long bytes = t > 0 ? w : n(it) * w;
            Mem.copy(data(it), at, bytes);
            at += bytes;
        }
        return z;
    }

    private static long mixed(long y, long n, long total) {
        try (ListBuilder z = new ListBuilder(total)) {
            for (long i = 0; i < n; i++) {
                long it = getL(y, i);
                if (type(it) > 0) {
                    z.add(ci(it));
                    continue;
                }
                for (long j = 0, m = n(it); j < m; j++) z.add(Lists.item(it, j));
            }
            return z.build();
        }
    }
}

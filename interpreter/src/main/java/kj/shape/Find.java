package kj.shape;

import static kj.value.K.*;

import kj.sys.Hashes;
import kj.sys.Inverse;
import kj.kernel.Search;
import kj.prim.Match;
import kj.error.KError;
import kj.value.ListBuilder;

/**
 * Dyadic ?: x?y is the index of the first item of x that is y (#x when none); an atom on the
 * left is a domain error (Kona draws only with _draw), and a function on the left is inverted
 * (see {@link Inverse}).
 */
public final class Find {
    private Find() {}

    public static long query(long x, long y) {
        int tx = type(x);
        if (tx == FUNC) return Inverse.invert(x, y, 0);
        // an atom on the left is a domain error, n?y included: Kona draws only with _draw
        if (tx > 0) throw KError.domain();
        return ki(index(x, y));
    }

    public static long inverse(long f, long y, long start) {
        if (type(f) != FUNC) throw KError.type();
        return Inverse.invert(f, y, start);
    }

    /** The index of the first item of the list or vector x equal to y, or #x. */
    public static long index(long x, long y) {
        long n = n(x);
        int ty = type(y);
        switch (type(x)) {
            case INTV -> {
                if (ty == INT) return Search.ints(data(x), n, iv(y));
                if (ty == FLOAT) return Search.floats(data(x), n, fv(y), true);
            }
            case FLOATV -> {
                if (ty == INT || ty == FLOAT) return Search.floats(data(x), n, ty == INT ? iv(y) : fv(y), false);
            }
            case CHARV -> {
                if (ty == CHAR) return Search.chars(data(x), n, (byte) cv(y));
            }
            case SYMV -> {
                if (ty == SYM) return Search.syms(data(x), n, sv(y));
            }
            default -> {
                if (Hashes.isHashedPair(x)) return Hashes.find(getL(x, 0), getL(x, 1), y);
                for (long i = 0; i < n; i++) if (Match.match(getL(x, i), y)) return i;
            }
        }
        return n;
    }

    /**
     * x?/:y, the index in x of each item of y: one hash of x for int, symbol and char vectors,
     * else one search per item.
     */
    public static long each(long x, long y) {
        int tx = type(x), ty = type(y);
        if (tx > 0) throw KError.domain();
        if (ty > 0) return ki(index(x, y));
        int n = Grade.size(y);
        if ((tx == INTV || tx == SYMV || tx == CHARV) && ty == tx) {
            int m = Grade.size(x);
            long z = newVec(INTV, n);
            Search.each(data(z), data(x), m, data(y), n, width(tx));
            return z;
        }
        return ListBuilder.fill(newVec(INTV, n), z -> {
            for (int i = 0; i < n; i++) {
                long item = Build.item(y, i);
                try {
                    setI(z, i, index(x, item));
                } finally {
                    cd(item);
                }
            }
        });
    }
}

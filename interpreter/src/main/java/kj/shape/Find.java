package kj.shape;

import static kj.value.K.*;

import kj.sys.Inverse;
import kj.kernel.LongTable;
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
    static long index(long x, long y) {
        long n = n(x);
        int ty = type(y);
        switch (type(x)) {
            case INTV -> {
                if (ty == INT) {
                    long v = iv(y);
                    for (long i = 0; i < n; i++) if (getI(x, i) == v) return i;
                } else if (ty == FLOAT) {
                    double v = fv(y);
                    for (long i = 0; i < n; i++) if (Match.sameFloat(getI(x, i), v)) return i;
                }
            }
            case FLOATV -> {
                if (ty == INT || ty == FLOAT) {
                    double v = ty == INT ? iv(y) : fv(y);
                    for (long i = 0; i < n; i++) if (Match.sameFloat(getF(x, i), v)) return i;
                }
            }
            case CHARV -> {
                if (ty == CHAR) {
                    int v = cv(y);
                    for (long i = 0; i < n; i++) if (getC(x, i) == v) return i;
                }
            }
            case SYMV -> {
                if (ty == SYM) {
                    int v = sv(y);
                    for (long i = 0; i < n; i++) if (getS(x, i) == v) return i;
                }
            }
            default -> {
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
            LongTable t = new LongTable(m);
            for (int i = 0; i < m; i++) t.putIfAbsent(key(x, i), i); // the first one stays
            long z = newVec(INTV, n);
            for (int i = 0; i < n; i++) {
                int k = t.get(key(y, i));
                setI(z, i, k < 0 ? m : k);
            }
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

    private static long key(long v, int i) {
        return switch (type(v)) {
            case INTV -> getI(v, i);
            case SYMV -> getS(v, i);
            default -> getC(v, i);
        };
    }
}

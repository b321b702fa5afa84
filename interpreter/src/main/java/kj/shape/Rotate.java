package kj.shape;

import static kj.value.K.*;

import kj.error.KError;
import kj.kernel.MathLoops;
import kj.kernel.Moves;
import kj.kernel.Scalar;
import kj.value.Dict;
import kj.value.ListBuilder;

/**
 * Dyadic !: n!y rotates the list y left by n; x!m with a numeric atom m is x modulo m (the
 * result takes m's sign); a symbol vector ! a list of as many items makes a dict.
 */
public final class Rotate {
    private Rotate() {}

    public static long rotateMod(long x, long y) {
        int tx = type(x), ty = type(y);
        if (ty > FLOAT) throw KError.type();
        if (Math.abs(tx) == SYM && ty == LIST && Build.count(x) == n(y)) return makeDict(x, y);
        if (tx != INT && ty <= 0) throw KError.intError();
        return ty <= 0 ? rotate(iv(x), y) : mod(x, y);
    }

    static long rotate(long by, long y) {
        long n = n(y);
        long z = newVec(type(y), n);
        if (n == 0) return z;
        long r = Math.floorMod(by, n);
        Moves.rotate(width(type(y)), data(z), data(y), n, r);
        if (type(y) == LIST) Moves.retainEach(data(z), n); // the items are now shared
        return z;
    }

    /**
     * x!\:y for an int vector x and a non-empty list or vector y: the rotation of y by each
     * item of x, or 0 (the general path) for other arguments. The items of a general y are
     * shared by every rotation, so each is retained once for all of them: 500 rotations of 500
     * rows are 500 count updates, not 250,000.
     */
    public static long rotations(long x, long y) {
        int t = type(y);
        long m = n(x), n = n(y);
        if (type(x) != INTV || m == 0 || m > Integer.MAX_VALUE || t > 0 || t < SYMV || n == 0) return 0;
        boolean list = t == LIST;
        int w = width(t);
        if (list) Moves.retainEach(data(y), n, (int) m);
        long made = 0;
        try (ListBuilder b = new ListBuilder(m)) {
            for (; made < m; made++) {
                long z = newVec(t, n);
                Moves.rotate(w, data(z), data(y), n, Math.floorMod(getI(x, made), n));
                b.add(z);
            }
            return b.build();
        } finally {
            if (list && made < m) Moves.releaseEach(data(y), n, (int) (m - made)); // rotations never made
        }
    }

    private static long makeDict(long keys, long values) {
        long n = n(values);
        long d = newVec(DICT, n);
        boolean atom = type(keys) == SYM;
        for (long i = 0; i < n; i++) Dict.set(d, i, atom ? sv(keys) : getS(keys, i), ci(getL(values, i)), 0);
        return d;
    }

    /** x modulo the int or float atom m, item-wise through lists. */
    static long mod(long x, long m) {
        int tx = type(x);
        if (Math.abs(tx) > FLOAT) throw KError.type();
        boolean floats = Math.abs(tx) == FLOAT || type(m) == FLOAT;
        if (tx == LIST) {
            return Build.demote(ListBuilder.map(n(x), i -> mod(getL(x, i), m)));
        }
        if (tx > 0) {
            if (!floats) return ki(Scalar.mod(iv(x), iv(m)));
            return kf(Scalar.mod(tx == FLOAT ? fv(x) : iv(x), type(m) == FLOAT ? fv(m) : iv(m)));
        }
        long n = n(x);
        if (!floats) return ListBuilder.fill(newVec(INTV, n), z -> MathLoops.modInts(data(z), data(x), n, iv(m)));
        double g = type(m) == FLOAT ? fv(m) : iv(m);
        return ListBuilder.fill(newVec(FLOATV, n), z -> MathLoops.modFloats(data(z), data(x), n, g, tx == INTV));
    }
}

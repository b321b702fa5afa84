package kj.sys;

import static kj.value.K.*;

import kj.error.KError;
import kj.value.Random64;
import kj.value.ListBuilder;

/**
 * x _draw y: random numbers in the shape x (an int or an int vector of dimensions). y &gt; 0: ints
 * in [0,y) with repeats; y &lt; 0: a deal of distinct ints from [0,-y); y = 0: floats in [0,1).
 * The numbers are Kona's stream ({@link Random64}), seeded by \r.
 */
public final class Draw {
    private Draw() {}

    /** The generator of the workspace evaluating now; \r seeds it (see {@link kj.value.Settings}). */
    static Random64 rng() { return kj.value.Context.current().settings().random(); }

    static long draw(long x, long y) {
        long[] dims;
        if (type(x) == INT) dims = new long[] {iv(x)};
        else if (type(x) == INTV) {
            dims = new long[(int) n(x)];
            for (int i = 0; i < dims.length; i++) dims[i] = getI(x, i);
        } else throw KError.intError();
        long n = 1;
        for (long d : dims) {
            if (d < 0) throw KError.intError();
            n = d == 0 ? 0 : n > Long.MAX_VALUE / 16 / d ? -1 : n * d;
            if (n < 0) throw new KError.WsFull();
        }
        long flat = values(n, y);
        try {
            return shape(flat, dims, 0, 0);
        } finally {
            cd(flat);
        }
    }

    /** n random values as a flat vector; y is an int, as in Kona (a float y is an int error). */
    public static long values(long n, long y) {
        if (type(y) != INT) throw KError.intError();
        long c = iv(y);
        Random64 r = rng();
        if (c == 0) {
            long z = newVec(FLOATV, n);
            for (long i = 0; i < n; i++) setF(z, i, r.unit());
            return z;
        }
        if (c > 0) {
            long z = newVec(INTV, n);
            for (long i = 0; i < n; i++) setI(z, i, r.below(c));
            return z;
        }
        if (c == NI) throw KError.intError();
        return deal(n, -c);
    }

    /** n distinct ints from [0,m) in random order. */
    public static long deal(long n, long m) {
        if (n > m) throw KError.length();
        if (n > Integer.MAX_VALUE - 8) throw new KError.WsFull();
        long[] v = rng().deal((int) n, m);
        long z = newVec(INTV, n);
        for (int i = 0; i < n; i++) setI(z, i, v[i]);
        return z;
    }

    /** The items of flat from offset, arranged in dims[k..] (a vector for the last dimension). */
    private static long shape(long flat, long[] dims, int k, long offset) {
        int t = type(flat);
        if (dims.length == 0) return t == INTV ? ki(getI(flat, 0)) : kf(getF(flat, 0));
        long d = dims[k];
        if (k == dims.length - 1) {
            long z = newVec(t, d);
            for (long i = 0; i < d; i++) {
                if (t == INTV) setI(z, i, getI(flat, offset + i));
                else setF(z, i, getF(flat, offset + i));
            }
            return z;
        }
        long size = 1;
        for (int j = k + 1; j < dims.length; j++) size *= dims[j];
        long step = size;
        return ListBuilder.map(d, i -> shape(flat, dims, k + 1, offset + i * step));
    }
}

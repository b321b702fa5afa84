package kj.sys;

import static kj.value.K.*;

import java.util.HashSet;
import java.util.SplittableRandom;
import kj.error.KError;
import kj.value.ListBuilder;

/**
 * x _draw y: random numbers in the shape x (an int or an int vector of dimensions). y &gt; 0: ints
 * in [0,y) with repeats; y &lt; 0: a deal of distinct ints from [0,-y); y = 0: floats in [0,1);
 * a float y: floats in [0,y). The generator is seeded by \r (see {@link #seed}).
 */
public final class Draw {
    private Draw() {}

    /** The generator of the workspace evaluating now; \r seeds it (see {@link kj.value.Settings}). */
    static SplittableRandom rng() { return kj.value.Context.current().settings().random(); }

    /** A uniform double in [0,1). */
    public static double nextDouble() { return rng().nextDouble(); }

    /** A uniform int in [0,bound) (bound &gt; 0). */
    public static long nextLong(long bound) { return rng().nextLong(bound); }

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

    /** n random values as a flat vector. */
    public static long values(long n, long y) {
        SplittableRandom rng = rng();
        if (type(y) == FLOAT) {
            double f = fv(y);
            long z = newVec(FLOATV, n);
            for (long i = 0; i < n; i++) setF(z, i, rng.nextDouble() * f);
            return z;
        }
        if (type(y) != INT) throw KError.intError();
        long c = iv(y);
        if (c == 0) {
            long z = newVec(FLOATV, n);
            for (long i = 0; i < n; i++) setF(z, i, rng.nextDouble());
            return z;
        }
        if (c > 0) {
            long z = newVec(INTV, n);
            for (long i = 0; i < n; i++) setI(z, i, rng.nextLong(c));
            return z;
        }
        if (c == NI) throw KError.intError();
        return deal(n, -c);
    }

    /** n distinct ints from [0,m) in random order. */
    public static long deal(long n, long m) {
        SplittableRandom rng = rng();
        if (n > m) throw KError.length();
        long z = newVec(INTV, n);
        if (m <= 4 * n || m <= 1 << 16) {
            if (m > Integer.MAX_VALUE - 8) throw new KError.WsFull();
            int[] all = new int[(int) m];
            for (int i = 0; i < m; i++) all[i] = i;
            for (int i = 0; i < n; i++) {
                int j = i + (int) rng.nextLong(m - i);
                int t = all[i];
                all[i] = all[j];
                all[j] = t;
                setI(z, i, all[i]);
            }
            return z;
        }
        HashSet<Long> seen = new HashSet<>();
        for (long i = 0; i < n; ) {
            long v = rng.nextLong(m);
            if (seen.add(v)) setI(z, i++, v);
        }
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

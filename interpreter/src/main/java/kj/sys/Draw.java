package kj.sys;

import static kj.value.K.*;

import java.lang.foreign.MemorySegment;
import kj.error.KError;
import kj.kpool.Mem;
import kj.value.Random64;
import kj.value.ListBuilder;

/**
 * x _draw y: random numbers in the shape x (an int or an int vector of dimensions). y &gt; 0: ints
 * in [0,y) with repeats; y &lt; 0: a deal of distinct ints from [0,-y); y = 0: floats in [0,1).
 * The numbers are Kona's stream ({@link Random64}), seeded by \r.
 */
public final class Draw {
    private Draw() {}

    /** Draws made at a time into a Java array, then copied into the vector in one bulk copy. */
    private static final int CHUNK = 512;

    /** The generator of the workspace evaluating now; \r seeds it (see {@link kj.value.Settings}). */
    static Random64 rng() { return kj.value.Context.current().settings().random(); }

    static long draw(long x, long y) {
        long[] dims;
        if (type(x) == INT) dims = new long[] {iv(x)};
        else if (type(x) == INTV) dims = longs(x);
        else throw KError.intError();
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
            double[] a = new double[(int) Math.min(n, CHUNK)];
            for (long o = 0; o < n; o += a.length) {
                int m = (int) Math.min(a.length, n - o);
                r.units(a, m);
                MemorySegment.copy(a, 0, Mem.ALL, Mem.DOUBLE, data(z) + (o << 3), m);
            }
            return z;
        }
        if (c > 0) {
            long z = newVec(INTV, n);
            long[] a = new long[(int) Math.min(n, CHUNK)];
            for (long o = 0; o < n; o += a.length) {
                int m = (int) Math.min(a.length, n - o);
                r.below(c, a, m);
                Mem.putLongs(a, data(z) + (o << 3), m);
            }
            return z;
        }
        if (c == NI) throw KError.intError();
        return deal(n, -c);
    }

    /** n distinct ints from [0,m) in random order. */
    public static long deal(long n, long m) {
        if (n > m) throw KError.length();
        if (n > Integer.MAX_VALUE - 8) throw new KError.WsFull();
        return ints(rng().deal((int) n, m));
    }

    /** The items of flat from offset, arranged in dims[k..] (a vector for the last dimension, or where a dimension is 0). */
    private static long shape(long flat, long[] dims, int k, long offset) {
        int t = type(flat);
        if (dims.length == 0) return t == INTV ? ki(getI(flat, 0)) : kf(getF(flat, 0));
        long d = dims[k];
        if (k == dims.length - 1 || d == 0) { // no rows at a level: an empty vector, as Kona
            if (k == 0 && d == n(flat)) return ci(flat); // one dimension: the draw itself
            long z = newVec(t, d);
            Mem.copy(data(flat) + (offset << 3), data(z), d << 3);
            return z;
        }
        long size = 1;
        for (int j = k + 1; j < dims.length; j++) size *= dims[j];
        long step = size;
        return ListBuilder.map(d, i -> shape(flat, dims, k + 1, offset + i * step));
    }
}

package kj.sys;

import static kj.value.K.*;

import kj.shape.Build;
import kj.kernel.LongTable;
import kj.shape.Take;
import kj.error.KError;

/**
 * Random draws for n?y: n ints below the int y, n floats below the float y, or with a list y
 * n of its items; a negative n deals: |n| distinct values (or items) instead.
 * The numbers come from the one generator, {@link Draw}'s, which \r seeds.
 */
public final class Rand {
    private Rand() {}

    /** Uniform in [0, 1). */
    static double unit() { return Draw.nextDouble(); }

    /** Uniform in [0, bound) for bound &gt; 0. */
    static long below(long bound) { return Draw.nextLong(bound); }

    public static long draw(long count, long y) {
        int ty = type(y);
        if (ty != INT && ty != FLOAT) throw KError.intError();
        if (count == Long.MIN_VALUE) throw KError.domain();
        long n = Math.abs(count);
        if (ty == FLOAT) {
            double f = fv(y);
            long z = Build.vec(FLOATV, n);
            for (long i = 0; i < n; i++) setF(z, i, unit() * f);
            return z;
        }
        long m = iv(y);
        if (m < 0) throw KError.domain();
        if (count < 0) return deal(n, m);
        long z = Build.vec(INTV, n);
        for (long i = 0; i < n; i++) setI(z, i, m == 0 ? 0 : below(m));
        return z;
    }

    /** n distinct ints below m, in random order (Floyd's sampling, then a shuffle). */
    static long deal(long n, long m) {
        if (m < n) throw KError.length();
        int k = (int) Math.min(n, Integer.MAX_VALUE - 8);
        if (k != n) throw new KError.Limit();
        long[] v = new long[k];
        LongTable seen = new LongTable(k);
        int j = 0;
        for (long t = m - k; t < m; t++) {
            long r = below(t + 1);
            if (seen.putIfAbsent(r, j) >= 0) r = t;
            if (r == t) seen.putIfAbsent(t, j);
            v[j++] = r;
        }
        for (int i = k - 1; i > 0; i--) {
            int s = (int) below(i + 1);
            long a = v[i];
            v[i] = v[s];
            v[s] = a;
        }
        long z = newVec(INTV, k);
        for (int i = 0; i < k; i++) setI(z, i, v[i]);
        return z;
    }

    /** n?list: items of y at random indices, distinct indices when n &lt; 0. */
    public static long sample(long count, long y) {
        long m = n(y);
        if (m == 0) return Take.takeCount(count, y);
        if (count == Long.MIN_VALUE) throw KError.domain();
        long n = Math.abs(count);
        if (n > Integer.MAX_VALUE - 8) throw new KError.Limit();
        long[] idx = new long[(int) n];
        if (count < 0) {
            long d = deal(n, m);
            for (int i = 0; i < n; i++) idx[i] = getI(d, i);
            cd(d);
        } else {
            for (int i = 0; i < n; i++) idx[i] = below(m);
        }
        return Build.gather(y, idx, (int) n);
    }
}

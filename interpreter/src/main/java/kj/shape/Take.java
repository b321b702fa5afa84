package kj.shape;

import static kj.value.K.*;

import kj.error.KError;
import kj.kernel.Moves;
import kj.value.ListBuilder;

/**
 * n#y takes n items of y, cycling (from the end when n &lt; 0); s#y reshapes y to the shape s,
 * where one -1 stands for the missing length. An empty y gives prototype items.
 */
public final class Take {
    private Take() {}

    public static long take(long x, long y) {
        int tx = type(x);
        if (tx == INT) return takeCount(iv(x), y);
        if (tx == INTV && n(x) > 0) return reshape(x, y);
        if (tx <= 0 && n(x) == 0) return Items.first(y);
        throw KError.intError();
    }

    public static long takeCount(long count, long y) {
        if (count == Long.MIN_VALUE) throw KError.domain();
        long n = Math.abs(count);
        long m = Build.count(y);
        long start = 0;
        if (count < 0 && m > 0) {
            long k = count % m;
            start = k < 0 ? m + k : 0;
        }
        long z = Build.vec(resultType(y), n);
        fill(y, start, z, 0, n);
        return Build.demote(z);
    }

    /** The type of a take or reshape of y at the bottom level. */
    private static int resultType(long y) {
        int t = type(y);
        return t < DICT ? -Math.abs(t) : LIST;
    }

    /**
     * Fills z[at..at+n) with the items of y from {@code start} on, cycling; prototypes when y is
     * empty. A list z gets owned references (nothing here allocates, so nothing can fail).
     */
    private static void fill(long y, long start, long z, long at, long n) {
        int ty = type(y);
        int tz = type(z);
        long m = Build.count(y);
        long to = data(z) + at * width(tz);
        if (tz == LIST) {
            if (m == 0) {
                for (long i = 0; i < n; i++) setL(z, at + i, nil());
                return;
            }
            if (ty > 0) Moves.fill8(to, y, n);
            else Moves.cycle(8, to, data(y), m, start, n);
            Moves.retainEach(to, n); // the items are now shared
            return;
        }
        if (m == 0 || ty > 0) {
            fillAtom(ty > 0 ? y : 0, tz, to, n);
            return;
        }
        Moves.cycle(width(tz), to, data(y), m, start, n);
    }

    /** Fills n items at {@code to} with the simple atom a, or with the prototype of type tz when a is 0. */
    private static void fillAtom(long a, int tz, long to, long n) {
        switch (tz) {
            case INTV -> Moves.fill8(to, a == 0 ? 0 : iv(a), n);
            case FLOATV -> Moves.fill8(to, Double.doubleToRawLongBits(a == 0 ? 0.0 : fv(a)), n);
            case CHARV -> Moves.fill1(to, (byte) (a == 0 ? ' ' : cv(a)), n);
            default -> Moves.fill4(to, a == 0 ? 0 : sv(a), n);
        }
    }

    /**
     * s#y. Each -1 in s stands for the count of y over the product of the other lengths, rounded
     * down (0 when that product is 0), so items beyond whole rows are left out: -1 3#!7 is two
     * rows. A length so computed that comes to 0 above the last axis gives an empty list (-1 0#!4
     * is {@code ()}, as Kona); a written 0 gives an empty vector of y's type. Other negative
     * lengths are a domain error.
     */
    private static long reshape(long x, long y) {
        long[] given = longs(x);
        long p = 1;
        for (long d : given) {
            if (d == -1) continue;
            if (d < 0) throw KError.domain();
            p = times(p, d);
        }
        long m = Build.count(y);
        long missing = p == 0 ? 0 : m / p;
        long[] dims = given.clone();
        for (int i = 0; i < dims.length; i++) if (dims[i] == -1) dims[i] = missing;
        long total = 1; // only to refuse shapes whose size overflows
        for (long d : dims) {
            total = times(total, d);
            if (d == 0) break;
        }
        long[] pos = {0};
        return level(given, dims, 0, y, pos);
    }

    private static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new KError.WsFull();
        }
    }

    private static long level(long[] given, long[] dims, int d, long y, long[] pos) {
        long n = dims[d];
        if (given[d] == 0 || d == dims.length - 1) {
            long z = Build.vec(resultType(y), n);
            long m = Build.count(y);
            fill(y, m == 0 ? 0 : pos[0], z, 0, n);
            if (m > 0) pos[0] = (pos[0] + n % m) % m;
            return Build.demote(z);
        }
        return ListBuilder.map(n, i -> level(given, dims, d + 1, y, pos));
    }
}

package kj.shape;

import static kj.value.K.*;

import kj.error.KError;
import kj.kpool.Mem;
import kj.value.ListBuilder;

/** n_y drops n items (from the end when n &lt; 0); v_y cuts y at the ascending indices v. */
public final class Drop {
    private Drop() {}

    public static long drop(long x, long y) {
        int tx = type(x), ty = type(y);
        if (tx == INT) return dropCount(iv(x), y);
        if (tx == INTV && ty <= 0) return cut(x, y);
        throw KError.intError();
    }

    static long dropCount(long v, long y) {
        if (type(y) > 0) return ci(y);
        long n = n(y);
        long k = v == Long.MIN_VALUE ? n : Math.min(Math.abs(v), n);
        long from = v > 0 ? k : 0;
        return Build.demote(Build.slice(y, from, n - k));
    }

    private static long cut(long x, long y) {
        long k = n(x), n = n(y);
        if (k > Integer.MAX_VALUE) throw KError.length();
        long[] at = new long[(int) k]; // the indices read once, in one bulk copy
        Mem.getLongs(data(x), at, (int) k);
        long prev = 0;
        for (long c : at) {
            if (c < 0 || c < prev) throw KError.domain();
            if (c > n) throw KError.length();
            prev = c;
        }
        boolean list = type(y) == LIST;
        try (ListBuilder b = new ListBuilder(k)) {
            for (int i = 0; i < k; i++) {
                long from = at[i], to = i == k - 1 ? n : at[i + 1];
                long piece = Build.slice(y, from, to - from);
                b.add(list ? Build.demote(piece) : piece);
            }
            return b.build();
        }
    }
}

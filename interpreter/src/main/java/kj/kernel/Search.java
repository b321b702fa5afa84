package kj.kernel;

import java.lang.foreign.MemorySegment;
import kj.kpool.Mem;

/**
 * Find: the first index of a value in a payload of n items (n when absent), one loop per item
 * type, the items read in chunks (bulk copies); floats compare tolerantly as {@code =} does.
 * And x?/:y for many values at once: x's items hashed once into a {@link LongTable}.
 */
public final class Search {
    private Search() {}

    /** The first of the n ints at x equal to v, or n. */
    public static long ints(long x, long n, long v) {
        int c = Elementwise.chunk(Math.max(n, 1));
        long[] a = new long[c];
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            Elementwise.load(x + (o << 3), a, m);
            if (!holds(a, m, v)) continue;
            for (int k = 0; k < m; k++) if (a[k] == v) return o + k;
        }
        return n;
    }

    /**
     * Whether v is among a[0..m): no branch per item (the sign of (d - 1) & ~d says d == 0), so C2
     * vectorises the loop, which a loop that stops at the first match it does not.
     */
    private static boolean holds(long[] a, int m, long v) {
        long any = 0;
        for (int k = 0; k < m; k++) {
            long d = a[k] ^ v;
            any |= (d - 1) & ~d;
        }
        return any < 0;
    }

    /** The first of the n floats (or ints, when {@code ints}) at x that match the float v (tolerantly; 0n matches 0n), or n. */
    public static long floats(long x, long n, double v, boolean ints) {
        int c = Elementwise.chunk(Math.max(n, 1));
        long[] a = ints ? new long[c] : null;
        double[] d = new double[c];
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            if (ints) {
                Elementwise.load(x + (o << 3), a, m);
                for (int k = 0; k < m; k++) d[k] = a[k];
            } else {
                Elementwise.load(x + (o << 3), d, m);
            }
            for (int k = 0; k < m; k++) if (Tolerance.equal(d[k], v)) return o + k;
        }
        return n;
    }

    /** The first of the n symbols (ids, 4 bytes each) at x equal to v, or n. */
    public static long syms(long x, long n, int v) {
        int c = Elementwise.chunk(Math.max(n, 1));
        int[] a = new int[c];
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            MemorySegment.copy(Mem.ALL, Mem.INT, x + (o << 2), a, 0, m);
            for (int k = 0; k < m; k++) if (a[k] == v) return o + k;
        }
        return n;
    }

    /** The first of the n chars at x equal to v, or n. */
    public static long chars(long x, long n, byte v) {
        int c = Elementwise.chunk(Math.max(n, 1));
        byte[] a = new byte[c];
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            MemorySegment.copy(Mem.ALL, Mem.BYTE, x + o, a, 0, m);
            for (int k = 0; k < m; k++) if (a[k] == v) return o + k;
        }
        return n;
    }

    /** Every index below n where the char at x is v, ascending (where to split a string). */
    public static long[] charIndices(long x, long n, byte v) {
        int c = Elementwise.chunk(Math.max(n, 1));
        byte[] a = new byte[c];
        long[] at = new long[16];
        int found = 0;
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            MemorySegment.copy(Mem.ALL, Mem.BYTE, x + o, a, 0, m);
            for (int k = 0; k < m; k++) {
                if (a[k] != v) continue;
                if (found == at.length) at = java.util.Arrays.copyOf(at, 2 * found);
                at[found++] = o + k;
            }
        }
        return java.util.Arrays.copyOf(at, found);
    }

    /** The n items of width w (8 ints, 4 symbols, 1 chars) at x as long keys, in one pass of bulk copies. */
    public static long[] keys(long x, int n, int w) {
        long[] k = new long[n];
        switch (w) {
            case 8 -> Mem.getLongs(x, k, n);
            case 4 -> {
                int[] a = new int[Elementwise.chunk(Math.max(n, 1))];
                for (int o = 0; o < n; o += a.length) {
                    int m = Math.min(a.length, n - o);
                    MemorySegment.copy(Mem.ALL, Mem.INT, x + ((long) o << 2), a, 0, m);
                    for (int i = 0; i < m; i++) k[o + i] = a[i];
                }
            }
            default -> {
                byte[] a = new byte[Elementwise.chunk(Math.max(n, 1))];
                for (int o = 0; o < n; o += a.length) {
                    int m = Math.min(a.length, n - o);
                    MemorySegment.copy(Mem.ALL, Mem.BYTE, x + o, a, 0, m);
                    for (int i = 0; i < m; i++) k[o + i] = a[i];
                }
            }
        }
        return k;
    }

    /**
     * The n floats at x as long keys, read in chunks: ordered, their bits made signed-comparable
     * (0n lowest, -0.0 as 0.0; grade), else equal exactly when the floats are (their bits, 0.0
     * and -0.0 as one; group).
     */
    public static long[] floatKeys(long x, int n, boolean ordered) {
        long[] k = new long[n];
        double[] a = new double[Elementwise.chunk(Math.max(n, 1))];
        for (int o = 0; o < n; o += a.length) {
            int m = Math.min(a.length, n - o);
            Elementwise.load(x + ((long) o << 3), a, m);
            for (int i = 0; i < m; i++) k[o + i] = ordered ? orderKey(a[i]) : a[i] == 0 ? 0 : Double.doubleToLongBits(a[i]);
        }
        return k;
    }

    private static long orderKey(double d) {
        if (Double.isNaN(d)) return Long.MIN_VALUE;
        if (d == 0) return 0;
        long b = Double.doubleToRawLongBits(d);
        return b < 0 ? Long.MIN_VALUE - b : b; // negative: larger magnitude, smaller key
    }

    /**
     * z[j] = the first index in x of y[j] (xn when absent) for the n items of y, both payloads of
     * items of width w; z is the payload of n ints. Keys of x in a range under about 2·xn (indices,
     * draws, chars) are looked up in a table indexed by key - min, written from the last item
     * back so that the first index of each key is the one kept, with no branch per item; others
     * by hashing.
     */
    public static void each(long z, long x, int xn, long y, int n, int w) {
        long[] xk = keys(x, xn, w), range = {Long.MAX_VALUE, Long.MIN_VALUE};
        Classify.minMax(xk, xn, range);
        long min = range[0];
        boolean dense = Classify.dense(min, range[1], xn);
        int[] tab = dense ? new int[(int) (range[1] - min) + 1] : null;
        LongTable t = dense ? null : new LongTable(xn);
        int c = Elementwise.chunk(Math.max(Math.max(n, xn), 1));
        if (dense) for (int i = xn - 1; i >= 0; i--) tab[(int) (xk[i] - min)] = i + 1;
        else for (int o = 0; o < xn; o += c) t.putFirsts(xk, o, Math.min(xn, o + c));
        long[] yk = xn == n && x == y ? xk : keys(y, n, w);
        long[] r = new long[c];
        for (int o = 0; o < n; o += c) {
            int m = Math.min(c, n - o);
            if (dense) idsIn(tab, min, yk, o, m, r, xn);
            else t.idsOf(yk, o, m, r, xn);
            Elementwise.store(r, z + ((long) o << 3), m);
        }
    }

    /** r[j] = the index tab holds for k[from + j] - min (one more than it), or absent. */
    private static void idsIn(int[] tab, long min, long[] k, int from, int m, long[] r, int absent) {
        for (int j = 0; j < m; j++) {
            long s = k[from + j] - min;
            int v = Long.compareUnsigned(s, tab.length) < 0 ? tab[(int) s] : 0;
            r[j] = v == 0 ? absent : v - 1;
        }
    }

    /**
     * For each of the n items of width w (8 ints, 4 symbols, 1 chars) at x, whether it is one of
     * the m items of the same width at y (exact: a hash of y's items; a table for chars).
     */
    public static boolean[] members(long x, int n, long y, int m, int w) {
        boolean[] found = new boolean[n];
        long[] xk = keys(x, n, w), yk = keys(y, m, w);
        if (w == 1) {
            boolean[] has = new boolean[256];
            for (int i = 0; i < m; i++) has[(int) yk[i] & 0xFF] = true;
            for (int i = 0; i < n; i++) found[i] = has[(int) xk[i] & 0xFF];
            return found;
        }
        LongTable t = new LongTable(m);
        t.putFirsts(yk, 0, m);
        for (int i = 0; i < n; i++) found[i] = t.get(xk[i]) >= 0;
        return found;
    }

    /**
     * Whether x[i] op y[i] holds for every i (all) or for some i (not all), over n ints, op LESS
     * or EQUAL, shape VV, AV (x an atom) or VA: &/ and |/ of a comparison with no result vector
     * made, stopping at the first chunk that decides. &/ of = on two vectors is one compare of
     * their bytes.
     */
    public static boolean quantify(boolean all, int op, long x, long y, long n, int shape) {
        if (all && op == Elementwise.EQUAL && shape == Elementwise.VV) return same(x, y, n, 8);
        Scratch s = Scratch.get();
        long[] a = s.a, b = s.b, r = s.r;
        int c = Elementwise.chunk(n);
        boolean atom = shape != Elementwise.VV, left = shape == Elementwise.AV;
        long k = atom ? Mem.getLong(left ? x : y) : 0, v = left ? y : x;
        for (long o = 0; o < n; o += c) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, n - o);
            if (atom) { // the loops the comparison verbs run: warm in most programs by now
                Elementwise.load(v + (o << 3), b, m);
                Elementwise.atom(op, left, r, k, a, b, m);
            } else {
                Elementwise.load(x + (o << 3), a, m);
                Elementwise.load(y + (o << 3), b, m);
                Elementwise.ints(op, r, a, b, m);
            }
            if (all ? !every(r, m) : some(r, m)) return !all;
        }
        return all;
    }

    /** Whether the m 0s and 1s are all 1 (no branch per item). */
    private static boolean every(long[] r, int m) {
        long acc = 1;
        for (int j = 0; j < m; j++) acc &= r[j];
        return acc != 0;
    }

    /** Whether any of the m 0s and 1s is 1. */
    private static boolean some(long[] r, int m) {
        long acc = 0;
        for (int j = 0; j < m; j++) acc |= r[j];
        return acc != 0;
    }

    /**
     * Whether the n items of width w at x and at y are the same bytes: one
     * {@code MemorySegment.mismatch}, the JDK's vectorised compare, fast from the first call.
     */
    public static boolean same(long x, long y, long n, int w) { return mismatch(x, y, 0, n, w) == n; }

    /**
     * The first index from {@code from} below n where the w-byte items at x and at y differ as
     * bytes, or n: one {@code MemorySegment.mismatch} (a caller that compares items by value,
     * floats with tolerance or symbols by text, goes on from the next index when they are equal).
     */
    public static long mismatch(long x, long y, long from, long n, int w) {
        if (from >= n) return n;
        long o = from * w, bytes = n * w;
        long m = MemorySegment.mismatch(Mem.ALL, x + o, x + bytes, Mem.ALL, y + o, y + bytes);
        return m < 0 ? n : from + m / w;
    }

    /**
     * Whether the n floats at x and at y match as {@code ~} says ({@link Tolerance#equal}: within
     * tolerance, 0n matching 0n): equal bytes are skipped by one compare, and only the floats where the bytes
     * differ (-0.0 and 0.0, a tolerant neighbour) are compared as numbers.
     */
    public static boolean sameFloats(long x, long y, long n) {
        for (long i = mismatch(x, y, 0, n, 8); i < n; i = mismatch(x, y, i + 1, n, 8)) {
            if (!Tolerance.equal(Mem.getDouble(x + (i << 3)), Mem.getDouble(y + (i << 3)))) return false;
        }
        return true;
    }

    /** For each of the n items of width w at x, whether it differs from the key v (exact). */
    public static boolean[] unequal(long x, int n, int w, long v) {
        long[] k = keys(x, n, w);
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) keep[i] = k[i] != v;
        return keep;
    }

    /** For each of the n floats (or ints, when {@code ints}) at x, whether it does not match the float v. */
    public static boolean[] unequalFloat(long x, int n, double v, boolean ints) {
        boolean[] keep = new boolean[n];
        int c = Elementwise.chunk(Math.max(n, 1));
        long[] a = ints ? new long[c] : null;
        double[] d = new double[c];
        for (int o = 0; o < n; o += c) {
            int m = Math.min(c, n - o);
            if (ints) {
                Elementwise.load(x + ((long) o << 3), a, m);
                for (int k = 0; k < m; k++) d[k] = a[k];
            } else {
                Elementwise.load(x + ((long) o << 3), d, m);
            }
            for (int k = 0; k < m; k++) keep[o + k] = !Tolerance.equal(d[k], v);
        }
        return keep;
    }
}

package kj.kernel;

import java.lang.foreign.MemorySegment;
import kj.kpool.Mem;
import kj.value.K;

/**
 * The loops that move items without looking at them: reverse ({@code |x}), rotate ({@code n!x}),
 * cyclic take ({@code n#x}), fills, and the reference counts of a list's items that such a move
 * now shares. Items are w bytes wide (1 char, 4 symbol, 8 int, float or list slot); operands are
 * payload addresses and never overlap unless said so.
 *
 * <p>Bulk copies ({@code MemorySegment.copy}, an intrinsic fast from the first call) do the
 * moving; a reversal goes through the per-thread chunks of {@link Scratch}, as the element-wise
 * loops do; a cyclic take writes one period and then doubles what it has written, so
 * {@code 10000000#1 2 3} is 23 copies rather than 3.3 million.
 */
public final class Moves {
    private Moves() {}

    /** z[i] = x[n-1-i] for n items of w bytes. */
    public static void reverse(int w, long z, long x, long n) {
        if (n <= 0) return;
        Scratch s = Scratch.get();
        int c = Elementwise.chunk(n);
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            long from = x + (n - o - m) * w, to = z + o * w;
            switch (w) {
                case 8 -> {
                    long[] a = s.a;
                    MemorySegment.copy(Mem.ALL, Mem.LONG, from, a, 0, m);
                    for (int i = 0, j = m - 1; i < j; i++, j--) { long t = a[i]; a[i] = a[j]; a[j] = t; }
                    MemorySegment.copy(a, 0, Mem.ALL, Mem.LONG, to, m);
                }
                case 4 -> {
                    int[] a = s.ia;
                    MemorySegment.copy(Mem.ALL, Mem.INT, from, a, 0, m);
                    for (int i = 0, j = m - 1; i < j; i++, j--) { int t = a[i]; a[i] = a[j]; a[j] = t; }
                    MemorySegment.copy(a, 0, Mem.ALL, Mem.INT, to, m);
                }
                case 1 -> {
                    byte[] a = s.ca;
                    MemorySegment.copy(Mem.ALL, Mem.BYTE, from, a, 0, m);
                    for (int i = 0, j = m - 1; i < j; i++, j--) { byte t = a[i]; a[i] = a[j]; a[j] = t; }
                    MemorySegment.copy(a, 0, Mem.ALL, Mem.BYTE, to, m);
                }
                default -> throw new IllegalArgumentException("item width " + w);
            }
        }
    }

    /** z = x rotated left by r items (0 &lt;= r &lt; n): two bulk copies. */
    public static void rotate(int w, long z, long x, long n, long r) {
        if (n <= 0) return;
        Mem.copy(x + r * w, z, (n - r) * w);
        Mem.copy(x, z + (n - r) * w, r * w);
    }

    /**
     * z[i] = x[(start+i) mod m] for i in [0, n): x's m items cycled from start (0 &lt;= start &lt; m),
     * z not overlapping x. One period is copied, then z's own prefix is doubled: a prefix
     * of a multiple of m items repeats with period m.
     */
    public static void cycle(int w, long z, long x, long m, long start, long n) {
        if (n <= 0 || m <= 0) return;
        long first = Math.min(n, m - start);
        Mem.copy(x + start * w, z, first * w);
        long done = first;
        if (done < n) {
            long rest = Math.min(n - done, start);
            Mem.copy(x, z + done * w, rest * w);
            done += rest;
        }
        doublePrefix(w, z, done, n);
    }

    /** z[0..n) = the 8-byte item {@code bits} (an int, a float's bits, or a list slot). */
    public static void fill8(long z, long bits, long n) {
        if (n <= 0) return;
        Scratch s = Scratch.get();
        int c = Elementwise.chunk(n);
        java.util.Arrays.fill(s.a, 0, c, bits);
        MemorySegment.copy(s.a, 0, Mem.ALL, Mem.LONG, z, c);
        doublePrefix(8, z, c, n);
    }

    /** z[0..n) = the 4-byte item v (a symbol). */
    public static void fill4(long z, int v, long n) {
        if (n <= 0) return;
        Scratch s = Scratch.get();
        int c = Elementwise.chunk(n);
        java.util.Arrays.fill(s.ia, 0, c, v);
        MemorySegment.copy(s.ia, 0, Mem.ALL, Mem.INT, z, c);
        doublePrefix(4, z, c, n);
    }

    /** z[0..n) = the byte v (a char). */
    public static void fill1(long z, byte v, long n) {
        if (n > 0) Mem.fill(z, n, v);
    }

    /** With z[0..done) written as a repeating pattern whose period divides done, writes z[done..n). */
    private static void doublePrefix(int w, long z, long done, long n) {
        while (done < n) {
            long k = Math.min(done, n - done);
            Mem.copy(z, z + done * w, k * w);
            done += k;
        }
    }

    /** One more reference to each of the n cells whose addresses are at p (a list's slots now shared). */
    public static void retainEach(long p, long n) { retainEach(p, n, 1); }

    /** k fewer references to each of the n cells whose addresses are at p (none drops to zero: the list still holds them). */
    public static void releaseEach(long p, long n, int k) {
        for (long i = 0; i < n; i++) {
            long item = Mem.getLong(p + (i << 3));
            for (int j = 0; j < k; j++) K.cd(item);
        }
    }

    /** k more references to each of the n cells whose addresses are at p (a list's slots now shared k more times). */
    public static void retainEach(long p, long n, int k) {
        if (n <= 0) return;
        long[] a = Scratch.get().a;
        int c = Elementwise.chunk(n);
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            MemorySegment.copy(Mem.ALL, Mem.LONG, p + (o << 3), a, 0, m);
            for (int i = 0; i < m; i++) K.ci(a[i], k);
        }
    }
}

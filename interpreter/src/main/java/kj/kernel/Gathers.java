package kj.kernel;

import java.lang.foreign.MemorySegment;
import kj.kpool.Mem;

/**
 * Gather: {@code z[j] = x[idx[j]]} for items of width 8 (ints, floats), 4 (symbols) or 1 (chars)
 * at payload addresses. The indices are read in chunks (bulk copies) and the answers written in
 * chunks; a source no bigger than about twice the index count (and at most 2^20 items) is first
 * copied onto the heap in one bulk copy, so that the random reads are plain array reads, fast
 * before C2 has compiled the loop. That copy goes to the thread's {@link Scratch} array, which
 * is kept: a fresh 800 KB array per call (10^5 ints) made the gather 4.3x the plain loop in JMH,
 * the same copy into a kept array 2.3x. Once the family is ready ({@link Handover}) a direct loop
 * reads indices and items where they lie and writes each answer: 1.05x warm. The caller checks
 * the indices ({@link Scatter#inRange}).
 */
public final class Gathers {
    private static final long HEAP_SOURCE = 1 << 20;

    private Gathers() {}

    /** z = x at the n ints of the payload idx; x has xn items of width w. */
    public static void gather(long z, long x, long xn, int w, long idx, long n) {
        gather(z, x, xn, w, idx, n, Scratch.get().gathers.direct(n));
    }

    /** As above, the first {@code direct} items by the direct loop, the rest chunked. */
    static void gather(long z, long x, long xn, int w, long idx, long n, long direct) {
        for (long o = 0; o < direct; o += Handover.BLOCK) {
            Elementwise.poll(o);
            gatherAt(z + o * w, x, w, idx + (o << 3), (int) Math.min(Handover.BLOCK, direct - o));
        }
        if (n <= direct) return;
        z += direct * w;
        idx += direct << 3;
        n -= direct;
        Source s = new Source(x, xn, w, n);
        int c = Elementwise.chunk(n);
        long[] a = Scratch.get().a;
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            Elementwise.load(idx + (o << 3), a, m);
            s.gather(a, m, z + o * w, true);
        }
    }

    /** z = x at the indices idx[0..n) (on the heap); x has xn items of width w. */
    public static void gather(long z, long x, long xn, int w, long[] idx, int n) {
        gather(z, x, xn, w, idx, n, (int) Scratch.get().gathers.direct(n));
    }

    /** As above, the first {@code direct} items by the direct loop, the rest chunked. */
    static void gather(long z, long x, long xn, int w, long[] idx, int n, int direct) {
        for (int o = 0; o < direct; o += Handover.BLOCK) {
            Elementwise.poll(o);
            gatherAt(z + (long) o * w, x, w, idx, o, Math.min(Handover.BLOCK, direct - o));
        }
        if (n <= direct) return;
        Source s = new Source(x, xn, w, n - direct);
        int c = Elementwise.chunk(n - direct);
        long[] a = n - direct <= c && direct == 0 ? idx : Scratch.get().a;
        for (int o = direct; o < n; o += c) {
            int m = Math.min(c, n - o);
            if (a != idx) System.arraycopy(idx, o, a, 0, m);
            s.gather(a, m, z + (long) o * w, a != idx);
        }
    }

    // The direct loops: m items of width w from x, at the indices read where they lie.

    private static void gatherAt(long z, long x, int w, long idx, int m) {
        switch (w) {
            case 8 -> { for (int k = 0; k < m; k++) Mem.putLong(z + 8L * k, Mem.getLong(x + (Mem.getLong(idx + 8L * k) << 3))); }
            case 4 -> { for (int k = 0; k < m; k++) Mem.putInt(z + 4L * k, Mem.getInt(x + (Mem.getLong(idx + 8L * k) << 2))); }
            default -> { for (int k = 0; k < m; k++) Mem.putByte(z + k, Mem.getByte(x + Mem.getLong(idx + 8L * k))); }
        }
    }

    private static void gatherAt(long z, long x, int w, long[] idx, int at, int m) {
        switch (w) {
            case 8 -> { for (int k = 0; k < m; k++) Mem.putLong(z + 8L * k, Mem.getLong(x + (idx[at + k] << 3))); }
            case 4 -> { for (int k = 0; k < m; k++) Mem.putInt(z + 4L * k, Mem.getInt(x + (idx[at + k] << 2))); }
            default -> { for (int k = 0; k < m; k++) Mem.putByte(z + k, Mem.getByte(x + idx[at + k])); }
        }
    }

    /**
     * z[j] = the w-byte item at {@code offset} past the j-th of the n addresses at the payload
     * refs (a list of atoms into a vector: each atom's value at its payload). The addresses are
     * read in chunks, the items written in chunks.
     */
    public static void pointed(long z, int w, long refs, long n, long offset) {
        if (n <= 0) return;
        int c = Elementwise.chunk(n);
        long[] a = Scratch.get().a;
        for (long o = 0; o < n; o += c) {
            int m = (int) Math.min(c, n - o);
            Elementwise.load(refs + (o << 3), a, m);
            pointedChunk(a, m, offset, z + o * w, w);
        }
    }

    /**
     * z[j] = the w-byte item at the address {@code addresses[j]}, for j below n (a row of items
     * gathered from cells of different shapes: atoms, vectors, lists of atoms).
     */
    public static void addressed(long z, int w, long[] addresses, int n) {
        if (n <= 0) return;
        int c = Elementwise.chunk(n);
        long[] a = Scratch.get().a;
        for (int o = 0; o < n; o += c) {
            int m = Math.min(c, n - o);
            System.arraycopy(addresses, o, a, 0, m);
            pointedChunk(a, m, 0, z + (long) o * w, w);
        }
    }

    private static void pointedChunk(long[] a, int m, long offset, long at, int w) {
        switch (w) {
            case 8 -> words(a, m, offset, at);
            case 4 -> ints(a, m, offset, at);
            default -> bytes(a, m, offset, at);
        }
    }

    // One chunk of addresses: the items they point at, written from at.

    private static void words(long[] a, int m, long offset, long at) {
        for (int j = 0; j < m; j++) a[j] = Mem.getLong(a[j] + offset);
        Elementwise.store(a, at, m);
    }

    private static void ints(long[] a, int m, long offset, long at) {
        for (int j = 0; j < m; j++) Mem.putInt(at + 4L * j, Mem.getInt(a[j] + offset));
    }

    private static void bytes(long[] a, int m, long offset, long at) {
        for (int j = 0; j < m; j++) Mem.putByte(at + j, Mem.getByte(a[j] + offset));
    }

    /** The items gathered from: on the heap when small enough, else read where they lie. */
    private static final class Source {
        private final long x;
        private final int w;
        private long[] l;
        private int[] i;
        private byte[] b;
        private long[] rl;
        private int[] ri;
        private byte[] rb;

        Source(long x, long xn, int w, long n) {
            this.x = x;
            this.w = w;
            boolean heap = xn <= HEAP_SOURCE && xn <= 2 * n + 512;
            int k = (int) xn;
            Scratch s = Scratch.get();
            switch (w) {
                case 8 -> {
                    rl = s.r;
                    if (heap) MemorySegment.copy(Mem.ALL, Mem.LONG, x, l = s.longs(k), 0, k);
                }
                case 4 -> {
                    ri = s.ia;
                    if (heap) MemorySegment.copy(Mem.ALL, Mem.INT, x, i = s.ints(k), 0, k);
                }
                default -> {
                    rb = s.ca;
                    if (heap) MemorySegment.copy(Mem.ALL, Mem.BYTE, x, b = s.bytes(k), 0, k);
                }
            }
        }

        /**
         * Writes the items at the m indices a[0..m) to z; own: a is the kernel's chunk, which
         * items of width 8 may overwrite (each index read before its item is written): one array
         * fewer in L1: JMH 195 -> 156 us per 10^5 (the long[] loop 72; C1 even, 256 -> 254).
         */
        void gather(long[] a, int m, long z, boolean own) {
            switch (w) {
                case 8 -> {
                    long[] r = own ? a : rl;
                    if (l != null) for (int k = 0; k < m; k++) r[k] = l[(int) a[k]];
                    else for (int k = 0; k < m; k++) r[k] = Mem.getLong(x + (a[k] << 3));
                    MemorySegment.copy(r, 0, Mem.ALL, Mem.LONG, z, m);
                }
                case 4 -> {
                    if (i != null) for (int k = 0; k < m; k++) ri[k] = i[(int) a[k]];
                    else for (int k = 0; k < m; k++) ri[k] = Mem.getInt(x + (a[k] << 2));
                    MemorySegment.copy(ri, 0, Mem.ALL, Mem.INT, z, m);
                }
                default -> {
                    if (b != null) for (int k = 0; k < m; k++) rb[k] = b[(int) a[k]];
                    else for (int k = 0; k < m; k++) rb[k] = Mem.getByte(x + a[k]);
                    MemorySegment.copy(rb, 0, Mem.ALL, Mem.BYTE, z, m);
                }
            }
        }
    }
}

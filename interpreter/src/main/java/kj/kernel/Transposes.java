package kj.kernel;

import java.lang.foreign.MemorySegment;
import kj.kpool.Mem;

/**
 * The transpose of p rows of q items each (8, 4 or 1 bytes wide) into q rows of p items: item i
 * of source row j goes to item j of destination row i. Ints, floats and symbols by bands: up to
 * {@value #ROWS} source rows by as many columns as make {@value #BAND} items are copied in (one
 * bulk copy per row piece), transposed between two on-heap arrays, and copied out (one bulk copy
 * per destination row piece, a whole row when p is at most {@value #ROWS}). The item-wise segment
 * reads and writes this replaces cost one FFM access per item each way, slow until C2 has
 * compiled them; here the accesses are array accesses C1 compiles well. Few, long copies: a
 * copy's fixed cost is microseconds before the JIT has compiled it, and 64-by-128 blocks made
 * 117,000 copies for +im (500 rows of 10^4 ints): 100 ms in a fresh process, 25 warm.
 */
public final class Transposes {
    static final int ROWS = 4096, BAND = 1 << 16;

    private Transposes() {}

    /** src[j], dst[i]: payload addresses of the p source rows and q destination rows. */
    public static void transpose(long[] src, long[] dst, int width) {
        switch (width) {
            case 8 -> longs(src, dst);
            case 4 -> ints(src, dst);
            case 1 -> bytes(src, dst);
            default -> throw new IllegalArgumentException("item width " + width);
        }
    }

    private static int columns(int rows, int q) { return Math.max(1, Math.min(q, BAND / rows)); }

    private static void longs(long[] src, long[] dst) {
        int p = src.length, q = dst.length, r = Math.min(p, ROWS), w = columns(r, q);
        long[] in = new long[r * w], out = new long[r * w];
        for (int i0 = 0; i0 < q; i0 += w) {
            int c = Math.min(w, q - i0);
            for (int j0 = 0; j0 < p; j0 += r) {
                int b = Math.min(r, p - j0);
                for (int j = 0; j < b; j++) MemorySegment.copy(Mem.ALL, Mem.LONG, src[j0 + j] + ((long) i0 << 3), in, j * c, c);
                block(in, out, b, c);
                for (int i = 0; i < c; i++) MemorySegment.copy(out, i * b, Mem.ALL, Mem.LONG, dst[i0 + i] + ((long) j0 << 3), b);
            }
        }
    }

    private static void ints(long[] src, long[] dst) {
        int p = src.length, q = dst.length, r = Math.min(p, ROWS), w = columns(r, q);
        int[] in = new int[r * w], out = new int[r * w];
        for (int i0 = 0; i0 < q; i0 += w) {
            int c = Math.min(w, q - i0);
            for (int j0 = 0; j0 < p; j0 += r) {
                int b = Math.min(r, p - j0);
                for (int j = 0; j < b; j++) MemorySegment.copy(Mem.ALL, Mem.INT, src[j0 + j] + ((long) i0 << 2), in, j * c, c);
                block(in, out, b, c);
                for (int i = 0; i < c; i++) MemorySegment.copy(out, i * b, Mem.ALL, Mem.INT, dst[i0 + i] + ((long) j0 << 2), b);
            }
        }
    }

    /**
     * Chars item by item in 32-by-32 tiles: measured against the block copy above (load 14,
     * main-thread CPU, +cm on 500 rows of 10^4 chars, 10 runs in a fresh process), this was
     * faster once C2 had compiled it (6-9 against 8-12 ms a run) and not slower over the ten.
     */
    private static void bytes(long[] src, long[] dst) {
        int p = src.length, q = dst.length, tile = 32;
        for (int j0 = 0; j0 < p; j0 += tile) {
            int j1 = Math.min(p, j0 + tile);
            for (int i0 = 0; i0 < q; i0 += tile) {
                int i1 = Math.min(q, i0 + tile);
                for (int j = j0; j < j1; j++) {
                    long s = src[j];
                    for (int i = i0; i < i1; i++) Mem.putByte(dst[i] + j, Mem.getByte(s + i));
                }
            }
        }
    }

    // one small method per width, called once per block: compiled after a few calls, where a loop
    // nested in the block walk waits for an on-stack replacement of the whole method

    private static void block(long[] in, long[] out, int b, int c) {
        for (int j = 0; j < b; j++) for (int i = 0; i < c; i++) out[i * b + j] = in[j * c + i];
    }

    private static void block(int[] in, int[] out, int b, int c) {
        for (int j = 0; j < b; j++) for (int i = 0; i < c; i++) out[i * b + j] = in[j * c + i];
    }
}

package kj.shape;

import static kj.value.K.*;

import kj.kpool.Mem;
import kj.value.ListBuilder;

/**
 * The transpose of a matrix whose rows are vectors of one type and one length (the common
 * case of +x): item i of row j goes to item j of row i, copied in square tiles so that the
 * rows being written stay in cache while the rows being read stream through.
 */
final class Transpose {
    private static final int TILE = 16;
    private static final int BYTE_TILE = 32;

    private Transpose() {}

    /** +x when x's p items are vectors of type t and length q each, or 0 when they are not. */
    static long uniform(long x) {
        long p = n(x);
        long first = getL(x, 0);
        int t = type(first);
        if (t >= 0 || t == LIST) return 0;
        long q = n(first);
        if (q > Integer.MAX_VALUE - 8) return 0;
        for (long j = 1; j < p; j++) {
            long r = getL(x, j);
            if (type(r) != t || n(r) != q) return 0;
        }
        long z = ListBuilder.map(q, i -> newVec(t, p));
        long[] src = new long[(int) p], dst = new long[(int) q];
        for (int j = 0; j < p; j++) src[j] = data(getL(x, j));
        for (int k = 0; k < q; k++) dst[k] = data(getL(z, k));
        tiled(src, dst, width(t));
        return z;
    }

    /**
     * Item i of source row j to item j of destination row i, for items of 8, 4 or 1 bytes,
     * in square tiles; the inner loop is typed per width.
     */
    private static void tiled(long[] src, long[] dst, int width) {
        int p = src.length, q = dst.length, tile = width == 1 ? BYTE_TILE : TILE;
        int shift = Integer.numberOfTrailingZeros(width);
        for (int j0 = 0; j0 < p; j0 += tile) {
            int j1 = Math.min(p, j0 + tile);
            for (int i0 = 0; i0 < q; i0 += tile) {
                int i1 = Math.min(q, i0 + tile);
                for (int j = j0; j < j1; j++) {
                    long s = src[j], off = (long) j << shift;
                    switch (width) {
                        case 8 -> { for (int i = i0; i < i1; i++) Mem.putLong(dst[i] + off, Mem.getLong(s + ((long) i << 3))); }
                        case 4 -> { for (int i = i0; i < i1; i++) Mem.putInt(dst[i] + off, Mem.getInt(s + ((long) i << 2))); }
                        default -> { for (int i = i0; i < i1; i++) Mem.putByte(dst[i] + off, Mem.getByte(s + i)); }
                    }
                }
            }
        }
    }
}

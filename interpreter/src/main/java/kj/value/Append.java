package kj.value;

import static kj.value.K.*;

import kj.error.KError;
import kj.kpool.CellLayout;
import kj.kpool.Mem;
import kj.kpool.WorkspaceFullException;

/**
 * x,y written into x's own cell when x is unique, so that a loop of {@code a,:y} is amortised
 * O(1) per item (Kona's kap): the items go into the room the cell's lane leaves; past it the cell
 * moves up a lane (which doubles it); a large cell grows by half again with mremap. The answer is
 * the one Join gives: the shapes where x's type would change (a vector meeting another type, an
 * empty x) are left to it.
 */
public final class Append {
    private Append() {}

    /**
     * x,y into x (consumed) when x is a unique non-empty vector or list and the answer keeps its
     * type; returns the answer, whose address may differ from x's. Returns 0 for any other shape,
     * with x untouched. On an error (wsfull) x is untouched and still the caller's. y is borrowed.
     */
    public static long into(long x, long y) {
        long h = CellLayout.head(x); // kind, uniqueness and lane in one read: a loop of appends runs cold at first
        int tx = (byte) CellLayout.kindOf(h);
        if (tx > 0 || !CellLayout.uniqueOf(h)) return 0;
        long nx = n(x);
        if (nx == 0) return 0;
        int ty = type(y);
        long ny = ty > 0 ? 1 : n(y);
        if (ny == 0) return x;
        if (tx == LIST) return ny == 1 ? last(x, h, nx, ty > 0 ? ci(y) : Lists.item(y, 0)) : list(x, nx, y, ny);
        if (ty != tx && ty != -tx) return 0;
        int w = width(tx);
        x = room(x, h, (nx + ny) * w);
        long at = data(x) + nx * w;
        if (ty > 0) {
            switch (ty) {
                case INT, FLOAT -> Mem.putLong(at, Mem.getLong(data(y)));
                case CHAR -> Mem.putByte(at, Mem.getByte(data(y)));
                default -> Mem.putInt(at, Mem.getInt(data(y)));
            }
        } else {
            Mem.copy(data(y), at, ny * w);
        }
        setN(x, nx + ny);
        return x;
    }

    /** The general list x (h its first header word) takes one more item (owned; released when x cannot grow). */
    private static long last(long x, long h, long nx, long item) {
        try {
            x = room(x, h, (nx + 1) * 8);
        } catch (RuntimeException | Error e) {
            cd(item);
            throw e;
        }
        setL(x, nx, item);
        setN(x, nx + 1);
        return x;
    }

    /** A general list takes every item of y as one more item (an atom y is one item). */
    private static long list(long x, long nx, long y, long ny) {
        long[] items = new long[(int) Math.min(ny, Integer.MAX_VALUE)];
        if (items.length != ny) return 0;
        boolean atom = type(y) > 0;
        int k = 0;
        try {
            for (; k < items.length; k++) items[k] = atom ? ci(y) : Lists.item(y, k);
            x = room(x, CellLayout.head(x), (nx + ny) * 8);
        } catch (RuntimeException | Error e) {
            for (int i = 0; i < k; i++) cd(items[i]);
            throw e;
        }
        for (int i = 0; i < items.length; i++) setL(x, nx + i, items[i]);
        setN(x, nx + ny);
        return x;
    }

    /**
     * Room for {@code bytes} of payload in the unique cell x (h its first header word): in place,
     * a lane up, or a larger mapping.
     */
    private static long room(long x, long h, long bytes) {
        int lane = CellLayout.laneOf(h);
        boolean large = lane == CellLayout.LARGE_LANE;
        long cap = large ? pool().capacity(x) : (1L << lane) - CellLayout.HEADER;
        if (bytes <= cap) return x;
        long want = large ? Math.max(bytes, cap + cap / 2) : Math.max(bytes, 2 * cap);
        try {
            return pool().grow(x, want);
        } catch (WorkspaceFullException e) {
            if (want == bytes) throw new KError.WsFull();
            try {
                return pool().grow(x, bytes);
            } catch (WorkspaceFullException again) {
                throw new KError.WsFull();
            }
        }
    }
}

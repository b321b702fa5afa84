package kj.value;

import static kj.value.K.*;

import java.util.function.LongUnaryOperator;

/**
 * The one way to make a general list item by item: allocate, fill, set the count, release on
 * error. The cell's count is always the number of slots filled so far, so a list abandoned
 * half-way (a K error, a full workspace, a deep recursion, Ctrl-C) releases exactly the items
 * it holds and never reads an unset slot.
 * <pre>
 *   try (ListBuilder b = new ListBuilder(n)) {
 *       for (long i = 0; i < n; i++) b.add(item(i));   // add takes over the reference
 *       return b.build();
 *   }
 * </pre>
 * {@link #fill} is the same guarantee for a typed vector or dict a caller writes itself.
 */
public final class ListBuilder implements AutoCloseable {
    private long list;
    private final long capacity;
    private long filled;

    /** Room for n items; none filled yet. */
    public ListBuilder(long n) { this(LIST, n); }

    private ListBuilder(int t, long n) {
        list = newVec(t, n);
        setN(list, 0);
        capacity = n;
    }

    /** A builder of a dict of n entries, filled by {@link #addEntry}. */
    public static ListBuilder dict(long n) { return new ListBuilder(DICT, n); }

    /** Stores the next dict entry, taking over value and attributes (0 for none). */
    public void addEntry(int key, long value, long attr) {
        if (filled == capacity) {
            cd(value);
            cd(attr);
            throw new IllegalStateException("dict builder full at " + capacity);
        }
        Dict.set(list, filled, key, value, attr);
        setN(list, ++filled);
        Context.poll(filled);
    }

    /** Stores an owned reference in the next slot. */
    public void add(long item) {
        if (filled == capacity) {
            cd(item);
            throw new IllegalStateException("list builder full at " + capacity);
        }
        setL(list, filled, item);
        setN(list, ++filled);
        Context.poll(filled); // a long fill stops at Ctrl-C; close releases what it holds
    }

    /** Stores the owned references items[0..m) in the next m slots, in one bulk copy. */
    public void addAll(long[] items, int m) {
        if (m > capacity - filled) {
            for (int i = 0; i < m; i++) cd(items[i]);
            throw new IllegalStateException("list builder full at " + capacity);
        }
        java.lang.foreign.MemorySegment.copy(items, 0, kj.kpool.Mem.ALL, kj.kpool.Mem.LONG, data(list) + filled * 8, m);
        filled += m;
        setN(list, filled);
    }

    /** Items added so far. */
    public long size() { return filled; }

    /** The list (owned) of the items added so far; the builder lets go of it. */
    public long build() {
        long z = list;
        list = 0;
        return z;
    }

    /** As {@link #build}, made a vector when every item is an atom of one simple type. */
    public long collapsed() { return Lists.collapse(build()); }

    /** Releases what was added unless the list was built. */
    @Override
    public void close() {
        long z = list;
        list = 0;
        if (z != 0) cd(z);
    }

    /** A general list of {@code item.applyAsLong(i)} (each owned) for i below n. */
    public static long map(long n, LongUnaryOperator item) {
        try (ListBuilder b = new ListBuilder(n)) {
            for (long i = 0; i < n; i++) b.add(item.applyAsLong(i));
            return b.build();
        }
    }

    /** What writes the payload of a fresh cell; it may fail. */
    @FunctionalInterface
    public interface Filler {
        void fill(long cell);
    }

    /**
     * Runs {@code f} on the fresh owned cell z (a vector, or a dict whose count follows what is
     * filled) and returns z, or releases z and rethrows whatever f threw.
     */
    public static long fill(long z, Filler f) {
        try {
            f.fill(z);
            return z;
        } catch (Throwable e) {
            cd(z);
            throw e;
        }
    }
}

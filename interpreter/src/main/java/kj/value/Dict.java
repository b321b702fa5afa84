package kj.value;

import static kj.value.K.*;

import kj.kpool.Mem;

/**
 * Dictionaries: a cell of type 5 whose n items are triples (symbol id, value, attributes).
 * Attributes are a dict handle or 0 for none. Values and attributes are owned by the dict.
 */
public final class Dict {
    private static final long ENTRY = 24;

    private Dict() {}

    private static long at(long d, long i) { return data(d) + i * ENTRY; }

    public static int key(long d, long i) { return (int) Mem.getLong(at(d, i)); }
    public static long value(long d, long i) { return Mem.getLong(at(d, i) + 8); }
    public static long attr(long d, long i) { return Mem.getLong(at(d, i) + 16); }

    /** Stores an entry, taking over the references to value and attributes. */
    public static void set(long d, long i, int key, long value, long attr) {
        long a = at(d, i);
        Mem.putLong(a, key);
        Mem.putLong(a + 8, value);
        Mem.putLong(a + 16, attr);
    }

    /** Replaces the value of entry i (owned), releasing the old one. */
    public static void replaceValue(long d, long i, long value) {
        long old = value(d, i);
        Mem.putLong(at(d, i) + 8, value);
        cd(old);
    }

    public static long empty() { return newVec(DICT, 0); }

    /** The index of {@code key}, or -1. */
    public static long find(long d, int key) {
        for (long i = 0, n = n(d); i < n; i++) if (key(d, i) == key) return i;
        return -1;
    }

    /** The value under {@code key}, borrowed, or 0 when absent. */
    public static long get(long d, int key) {
        long i = find(d, key);
        return i < 0 ? 0 : value(d, i);
    }

    /**
     * Sets {@code key} to {@code value} (owned) in the unique dict {@code d}, adding the entry if
     * it is new; returns the dict, which may have moved.
     */
    public static long put(long d, int key, long value) {
        long i = find(d, key);
        if (i >= 0) {
            replaceValue(d, i, value);
            return d;
        }
        long n = n(d);
        d = growTo(d, n + 1);
        set(d, n, key, value, 0);
        setN(d, n + 1);
        return d;
    }

    /** A copy sharing the values (each ci'd): the way to make a shared dict unique. */
    public static long copy(long d) {
        long n = n(d);
        long c = newVec(DICT, n);
        for (long i = 0; i < n; i++) {
            long a = attr(d, i);
            set(c, i, key(d, i), ci(value(d, i)), a == 0 ? 0 : ci(a));
        }
        return c;
    }

    /** A new dict holding every entry of d but the one under key (values shared, each ci'd). */
    public static long without(long d, int key) {
        long n = n(d), skip = find(d, key);
        long c = newVec(DICT, skip < 0 ? n : n - 1);
        for (long i = 0, j = 0; i < n; i++) {
            if (i == skip) continue;
            long a = attr(d, i);
            set(c, j++, key(d, i), ci(value(d, i)), a == 0 ? 0 : ci(a));
        }
        return c;
    }

    /** Stores a value without releasing the slot's old one (after the old cell moved). */
    public static void setValueRaw(long d, long i, long value) { Mem.putLong(at(d, i) + 8, value); }

    /** Replaces the attributes of entry i (owned, or 0 for none), releasing the old ones. */
    public static void replaceAttr(long d, long i, long attr) {
        long old = attr(d, i);
        Mem.putLong(at(d, i) + 16, attr);
        if (old != 0) cd(old);
    }

    /** Stores attributes without releasing the slot's old ones (after the old cell moved). */
    public static void setAttrRaw(long d, long i, long attr) { Mem.putLong(at(d, i) + 16, attr); }

    /** Entry i as the K list (`key;value;attributes), owned. */
    public static long entry(long d, long i) {
        long a = attr(d, i);
        return listOf(ks(key(d, i)), ci(value(d, i)), a == 0 ? nil() : ci(a));
    }
}

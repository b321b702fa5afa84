package kj.shape;

import static kj.value.K.*;

import kj.error.KError;
import kj.kernel.Gathers;
import kj.kpool.Mem;
import kj.value.Lists;

/**
 * Helpers the structural verbs share to make results: typed copies and gathers, lists that are
 * released safely when building them fails half-way, prototypes of empty vectors.
 */
public final class Build {
    private Build() {}

    /** Whether t is the type of an int, float, char or symbol atom. */
    static boolean simpleAtom(int t) { return t >= INT && t <= SYM; }

    /** Items in x: 1 for any atom (dicts, nil and functions too). */
    public static long count(long x) { return type(x) > 0 ? 1 : n(x); }

    /** Most items a vector may ask for: past this their bytes would overflow a long. */
    private static final long MAX_ITEMS = 1L << 56;

    /** newVec for a count that comes from the user: a count too big is wsfull, not a crash. */
    public static long vec(int t, long n) {
        if (n > MAX_ITEMS / width(t)) throw new KError.WsFull();
        return newVec(t, n);
    }

    /** A fresh vector or list of type t holding n items of x from {@code from} (items ci'd). */
    static long slice(long x, long from, long n) {
        int t = type(x);
        long z = newVec(t, n);
        if (t == LIST) {
            for (long i = 0; i < n; i++) setL(z, i, ci(getL(x, from + i)));
        } else {
            int w = width(t);
            Mem.copy(data(x) + from * w, data(z), n * w);
        }
        return z;
    }

    /** Copies n items of the vector x from {@code from} into z at {@code at}: same types only. */
    static void copyInto(long x, long from, long z, long at, long n) {
        int w = width(type(z));
        Mem.copy(data(x) + from * w, data(z) + at * w, n * w);
    }

    /**
     * A general list (owned) as a vector when its items are atoms of one simple type; kept
     * otherwise (also when empty). On failure x is released.
     */
    static long demote(long x) {
        long z;
        try {
            z = vectorOfAtoms(x);
        } catch (RuntimeException | Error e) {
            cd(x);
            throw e;
        }
        if (z == 0) return x;
        cd(x);
        return z;
    }

    /**
     * A new vector of the items of x when x is a non-empty general list of simple atoms of one
     * type, else 0; x is left as it is.
     */
    public static long vectorOfAtoms(long x) {
        if (type(x) != LIST) return 0;
        long n = n(x);
        if (n == 0) return 0;
        int t = type(getL(x, 0));
        if (!simpleAtom(t)) return 0;
        for (long i = 1; i < n; i++) if (type(getL(x, i)) != t) return 0;
        long z = newVec(-t, n);
        Gathers.pointed(data(z), width(t), data(x), n, kj.kpool.CellLayout.HEADER); // each atom's value at its payload
        return z;
    }

    /** Item i of x as an owned value; an atom is its own every item. */
    static long item(long x, long i) { return type(x) > 0 ? ci(x) : Lists.item(x, i); }

    /** The atom an empty vector of type t stands for: 0, 0.0, " ", ` or nil. */
    static long prototype(int t) {
        return switch (t) {
            case INTV, INT -> ki(0);
            case FLOATV, FLOAT -> kf(0.0);
            case CHARV, CHAR -> kc(' ');
            case SYMV, SYM -> ks(0);
            default -> nil();
        };
    }

    /**
     * Items of x at the indices {@code idx[0..n)} (checked by the caller): a vector of x's type,
     * or for a general list a list, made a vector when its items allow.
     */
    public static long gather(long x, long[] idx, int n) {
        int t = type(x);
        long z = newVec(t, n);
        if (t == LIST) {
            for (int i = 0; i < n; i++) setL(z, i, ci(getL(x, idx[i])));
            return demote(z);
        }
        kj.kernel.Gathers.gather(data(z), data(x), n(x), width(t), idx, n);
        return z;
    }

    /** An int vector of the first n values, in one bulk copy. */
    static long ints(long[] v, int n) {
        long z = newVec(INTV, n);
        Mem.putLongs(v, data(z), n);
        return z;
    }
}

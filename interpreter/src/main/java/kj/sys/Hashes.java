package kj.sys;

import static kj.value.K.*;

import kj.error.KError;
import kj.prim.Match;
import kj.value.Context;
import kj.value.ListBuilder;

/**
 * {@code _hash x} and the find it speeds up, {@code (x;_hash x)?y}. A hash table is a cell of
 * kind {@link kj.value.K#HASH} (K's type -5) holding one reference, to an int vector of its
 * slots (so code that took it for a list would see one valid item), each slot an index into x
 * or -1 for an empty one: for a char vector 256 slots, one per char; otherwise
 * 2^(1+ceil(log2 n)) slots (1 for an empty x), probed linearly from a hash of the item. A slot
 * holds the first index of its item, so a find answers what {@code x?y} would, except that
 * items are compared exactly, as Kona does: an int is not found among floats nor 2.0 among
 * ints, and floats by their bits (lists compare their float items within tolerance). A table
 * made from another list answers what its probes find there; an index it holds past the end of
 * x is never read.
 */
public final class Hashes {
    private Hashes() {}

    /** The sub-kind of a table that maps each char straight to its first index. */
    private static final int DIRECT = 1;
    private static final long EMPTY = -1;

    /** _hash x: a table of the first index of each item of the vector or list x. */
    public static long hash(Context in, long x) {
        int t = type(x);
        if (t > 0) throw KError.rank();
        in.settings().random().hashConstants(); // Kona draws its hash constants here
        long n = n(x);
        if (t == CHARV) {
            long h = slotsFilled(256);
            for (long i = n - 1; i >= 0; i--) setI(h, getC(x, i), i); // backwards: the first index stays
            return table(h, DIRECT);
        }
        long slots = ListBuilder.fill(slotsFilled(slots(n)), h -> { // released if Ctrl-C stops it
            long mask = n(h) - 1;
            for (long i = 0; i < n; i++) {
                Context.poll(i);
                long u = code(x, t, i) & mask;
                while (true) {
                    long j = getI(h, u);
                    if (j == EMPTY) {
                        setI(h, u, i);
                        break;
                    }
                    if (same(x, t, j, i)) break;
                    u = (u + 1) & mask;
                }
            }
        });
        return table(slots, 0);
    }

    /** The slot count Kona gives n items (not chars): 2^(1+ceil(log2 n)), and 1 for none. */
    static long slots(long n) {
        if (n == 0) return 1;
        return 2 * (n == 1 ? 1 : Long.highestOneBit(n - 1) << 1);
    }

    private static long slotsFilled(long slots) {
        long h = newVec(INTV, slots);
        for (long i = 0; i < slots; i++) setI(h, i, EMPTY);
        return h;
    }

    /** The table cell around its slots (taken over). */
    private static long table(long slots, int sub) {
        long h;
        try {
            h = alloc(8, HASH | sub << 8, 1);
        } catch (RuntimeException e) {
            cd(slots);
            throw e;
        }
        setL(h, 0, slots);
        return h;
    }

    /** The slots of a table, borrowed: its one child. */
    public static long slotsOf(long h) { return getL(h, 0); }

    /** Whether the list x is a pair of a list and a hash table, the left argument of a hashed find. */
    public static boolean isHashedPair(long x) {
        return type(x) == LIST && n(x) == 2 && type(getL(x, 1)) == HASH;
    }

    /** (x;h)?y: the index of y in the vector or list x as the table h finds it, or #x. */
    public static long find(long x, long table, long y) {
        int t = type(x);
        if (t > 0) throw KError.domain();
        long n = n(x);
        int ty = type(y);
        if (t < 0 && ty != -t) return n; // a vector holds only atoms of its own type
        long h = slotsOf(table), slots = n(h);
        if (subKind(table) == DIRECT && t == CHARV) {
            long j = getI(h, cv(y));
            return j >= 0 && j < n && getC(x, j) == cv(y) ? j : n;
        }
        long mask = slots - 1, u = atomCode(y, t) & mask;
        for (long k = 0; k < slots; k++, u = (u + 1) & mask) {
            long j = getI(h, u);
            if (j == EMPTY) return n;
            if (j >= 0 && j < n && sameAsAtom(x, t, j, y)) return j;
        }
        return n;
    }

    // ---- hash codes and equality: x[i] as stored, y as the atom or value looked up ----

    private static long code(long x, int t, long i) {
        return switch (t) {
            case INTV, FLOATV -> mix(getI(x, i));
            case SYMV -> mix(getS(x, i));
            case CHARV -> getC(x, i);
            default -> value(getL(x, i));
        };
    }

    private static long atomCode(long y, int t) {
        return switch (t) {
            case INTV, FLOATV -> mix(iv(y));
            case SYMV -> mix(sv(y));
            case CHARV -> cv(y);
            default -> value(y);
        };
    }

    /** A hash of a K value that agrees with {@link #keq}: floats hash by count alone (they match within tolerance). */
    private static long value(long v) {
        int t = type(v);
        long h = mix(t * 31L + (t > 0 ? 1 : n(v)));
        switch (t) {
            case INT -> h ^= mix(iv(v));
            case CHAR -> h ^= mix(cv(v));
            case SYM -> h ^= mix(sv(v));
            case INTV -> { for (long i = 0, n = n(v); i < n; i++) h = mix(h ^ getI(v, i)); }
            case CHARV -> { for (long i = 0, n = n(v); i < n; i++) h = mix(h ^ getC(v, i)); }
            case SYMV -> { for (long i = 0, n = n(v); i < n; i++) h = mix(h ^ getS(v, i)); }
            case LIST -> { for (long i = 0, n = n(v); i < n; i++) h = mix(h ^ value(getL(v, i))); }
            default -> { }
        }
        return h;
    }

    private static long mix(long v) {
        v *= 0x9E3779B97F4A7C15L;
        return v ^ (v >>> 29);
    }

    /** Whether items j and i of x are one key. */
    private static boolean same(long x, int t, long j, long i) {
        return switch (t) {
            case INTV, FLOATV -> getI(x, j) == getI(x, i);
            case SYMV -> getS(x, j) == getS(x, i);
            case CHARV -> getC(x, j) == getC(x, i);
            default -> keq(getL(x, j), getL(x, i));
        };
    }

    private static boolean sameAsAtom(long x, int t, long j, long y) {
        return switch (t) {
            case INTV, FLOATV -> getI(x, j) == iv(y);
            case SYMV -> getS(x, j) == sv(y);
            case CHARV -> getC(x, j) == cv(y);
            default -> keq(getL(x, j), y);
        };
    }

    /**
     * Kona's equality of list items for a hashed find: the same type and count, then ints,
     * chars and symbols equal, floats within tolerance, nil equal to nil, lists item by item;
     * functions and dicts are never equal.
     */
    private static boolean keq(long a, long b) {
        int t = type(a);
        if (t != type(b)) return false;
        if (t == FUNC || t == DICT || t == HASH) return false;
        if (t == NIL) return true;
        if (t <= 0 && n(a) != n(b)) return false;
        return switch (t) {
            case LIST -> {
                for (long i = 0, n = n(a); i < n; i++) if (!keq(getL(a, i), getL(b, i))) yield false;
                yield true;
            }
            default -> Match.match(a, b);
        };
    }
}

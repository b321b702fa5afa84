package kj.value;

import static kj.kpool.CellLayout.HEADER;

import java.util.function.LongConsumer;
import kj.error.KError;
import kj.kpool.CellLayout;
import kj.kpool.Mem;
import kj.kpool.NativeOs;
import kj.kpool.Pool;
import kj.kpool.WorkspaceFullException;

/**
 * K values as pool cells. A value is a plain {@code long}: the address of its cell. The cell's
 * kind holds the K type (Kona's numbers: 0 list, 1 int, 2 float, 3 char, 4 symbol, 5 dict,
 * 6 nil, 7 function; negative for vectors; 8 a hash table of {@code _hash}, which K types as -5
 * and everything else treats as an atom) and, for functions, a sub-kind in the high byte.
 * The count is the number of items (1 for an atom). Payloads:
 * <pre>
 *   int / float atom   one 8-byte value          int / float vector  n x 8 bytes
 *   char atom          one byte                  char vector         n bytes
 *   symbol atom        one 4-byte id             symbol vector       n x 4 bytes
 *   list               n handles                 dict                n x (symbol id, value, attributes or 0)
 *   function           see {@link Fn}               hash table          its slots, an int vector (kj.sys.Hashes)
 * </pre>
 * Ownership: a function that returns a handle hands over one reference; arguments are
 * borrowed unless a method says otherwise.
 */
public final class K {
    public static final int LIST = 0, INT = 1, FLOAT = 2, CHAR = 3, SYM = 4, DICT = 5, NIL = 6, FUNC = 7, HASH = 8;
    public static final int INTV = -INT, FLOATV = -FLOAT, CHARV = -CHAR, SYMV = -SYM;

    public static final long NI = Long.MIN_VALUE;       // 0N
    public static final long PI = Long.MAX_VALUE;       // 0I
    public static final long MI = -Long.MAX_VALUE;      // -0I

    private K() {}

    /** The pool of the workspace evaluating on this thread (see {@link Context#CURRENT}). */
    public static Pool pool() {
        Pool p = EvalThread.boundPool();
        return p != null ? p : contextPool();
    }

    /** {@link #pool} off an evaluation thread: kept out of line, so the common path stays small enough to inline. */
    private static Pool contextPool() { return Context.current().pool(); }

    /** A fresh pool for a workspace, set up to release K values' children. */
    public static Pool newPool() {
        Pool p = new Pool(new NativeOs());
        p.setChildren(K::forEachChild);
        p.setLeafKinds(INT, FLOAT, CHAR, SYM, NIL, INTV, FLOATV, CHARV, SYMV);
        return p;
    }

    /** An int atom for a literal: a shared one when small (see {@link Shared}; never unique, so never written into). */
    public static long literal(long v) { return Context.current().shared().intAtom(v); }

    /** A char atom for a literal, shared. */
    public static long literalChar(int c) { return Context.current().shared().charAtom(c); }

    /** Allocates the nil cell of a workspace's pool (its owner keeps it for the pool's life). */
    public static long newNil(Pool p) {
        long c = p.allocate(8, NIL, 1);
        Mem.putLong(c + HEADER, 0);
        return c;
    }

    // ---- header ----
    public static int type(long x) { return (byte) CellLayout.kind(x); }
    /** K's type number of x, as {@code 4:} gives it: a hash table's is -5. */
    public static int kType(long x) { int t = type(x); return t == HASH ? -5 : t; }
    public static int subKind(long x) { return CellLayout.kind(x) >> 8; }
    public static long n(long x) { return CellLayout.count(x); }
    public static void setN(long x, long n) { CellLayout.setCount(x, n); }
    public static long data(long x) { return x + HEADER; }
    /** One reference and not a file mapped by 1: (that is copied on write). */
    public static boolean isUnique(long x) { return CellLayout.isUnique(x); }

    // ---- references ----
    public static long ci(long x) {
        if (Pool.DEBUG) pool().ci(x);
        else Pool.retain(x);
        return x;
    }

    /** k more references to x (k >= 0, the count kept under 2^31 by the caller). */
    public static void ci(long x, int k) {
        if (Pool.DEBUG) for (int i = 0; i < k; i++) pool().ci(x);
        else Pool.retain(x, k);
    }

    /** Drops a reference; only the last one needs the workspace's pool (to free the cell). */
    public static void cd(long x) {
        // 0 is an unset slot: no cell (a half-made value releases safely). Under 35 bytecodes, so
        // that the JIT's first tier inlines it.
        if (x != 0 && (Pool.DEBUG || !Pool.releaseShared(x))) release(x);
    }

    /** The last reference (any, in debug mode, whose checks are the pool's): the pool frees the cell. */
    private static void release(long x) {
        if (Pool.DEBUG) pool().cd(x);
        else pool().releaseLast(x);
    }

    /** Allocates a cell; a workspace cap or a refusing system becomes K's wsfull error. */
    public static long alloc(long payloadBytes, int kind, long count) {
        try {
            return pool().allocate(payloadBytes, kind, count);
        } catch (WorkspaceFullException e) {
            throw new KError.WsFull();
        }
    }

    /** Room for {@code n} items in the unique vector or list {@code x}; may move it. */
    public static long growTo(long x, long n) {
        try {
            return pool().grow(x, n * width(type(x)));
        } catch (WorkspaceFullException e) {
            throw new KError.WsFull();
        }
    }

    // ---- atoms ----
    public static long ki(long v) {
        long c = alloc(8, INT, 1);
        Mem.putLong(c + HEADER, v);
        return c;
    }

    public static long kf(double v) {
        long c = alloc(8, FLOAT, 1);
        Mem.putDouble(c + HEADER, v);
        return c;
    }

    public static long kc(int v) {
        long c = alloc(8, CHAR, 1);
        Mem.putLong(c + HEADER, 0);
        Mem.putByte(c + HEADER, (byte) v);
        return c;
    }

    public static long ks(int sym) {
        long c = alloc(8, SYM, 1);
        Mem.putLong(c + HEADER, sym);
        return c;
    }

    public static long ks(String name) { return ks(Sym.intern(name)); }

    public static long nil() { return ci(nilValue()); }

    /** The workspace's nil, borrowed: for a missing argument or an absent value. */
    public static long nilValue() { return Context.current().nil(); }

    public static long iv(long x) { return Mem.getLong(x + HEADER); }
    public static double fv(long x) { return Mem.getDouble(x + HEADER); }
    public static int cv(long x) { return Mem.getByte(x + HEADER) & 0xFF; }
    public static int sv(long x) { return Mem.getInt(x + HEADER); }

    // ---- vectors and lists ----
    /** Bytes per item of a vector or list of type {@code t} (atom types give their vector's). */
    public static int width(int t) {
        return switch (Math.abs(t)) {
            case CHAR -> 1;
            case SYM -> 4;
            case DICT -> 24;
            default -> 8;
        };
    }

    /** A fresh vector (t &lt; 0), list (0) or dict (5) of {@code n} items, contents unset. */
    public static long newVec(int t, long n) {
        if (n < 0) throw KError.domain();
        if (n > (1L << 48) / width(t)) throw new KError.WsFull();
        return alloc(n * width(t), t, n);
    }

    public static long newList(long n) { return newVec(LIST, n); }

    /** As {@link #newVec} from a pool the caller fetched once: for a loop that makes many cells. */
    public static long newVec(Pool p, int t, long n) {
        if (n < 0) throw KError.domain();
        if (n > (1L << 48) / width(t)) throw new KError.WsFull();
        try {
            return p.allocate(n * width(t), t, n);
        } catch (WorkspaceFullException e) {
            throw new KError.WsFull();
        }
    }

    public static long ints(long... v) {
        long x = newVec(INTV, v.length);
        Mem.putLongs(v, x + HEADER, v.length);
        return x;
    }

    /** The items of the int vector x as a Java array (a shape, a few indices). */
    public static long[] longs(long x) {
        long[] v = new long[Math.toIntExact(n(x))];
        Mem.getLongs(x + HEADER, v, v.length);
        return v;
    }

    public static long floats(double... v) {
        long x = newVec(FLOATV, v.length);
        java.lang.foreign.MemorySegment.copy(v, 0, Mem.ALL, Mem.DOUBLE, x + HEADER, v.length);
        return x;
    }

    public static long chars(byte[] v) {
        long x = newVec(CHARV, v.length);
        java.lang.foreign.MemorySegment.copy(v, 0, Mem.ALL, Mem.BYTE, x + HEADER, v.length);
        return x;
    }

    public static long chars(String s) { return chars(text(s)); }

    /** Writes the chars of s (one byte each, the low 8 bits) at the payload address at. */
    public static void writeText(String s, long at) {
        byte[] b = text(s);
        java.lang.foreign.MemorySegment.copy(b, 0, Mem.ALL, Mem.BYTE, at, b.length);
    }

    private static byte[] text(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return b;
    }

    public static long syms(int... ids) {
        long x = newVec(SYMV, ids.length);
        java.lang.foreign.MemorySegment.copy(ids, 0, Mem.ALL, Mem.INT, x + HEADER, ids.length);
        return x;
    }

    /** A list of the given items; takes over the references it is handed, and releases them if it cannot be made. */
    public static long listOf(long... items) {
        long x;
        try {
            x = newList(items.length);
        } catch (Throwable e) {
            for (long a : items) cd(a);
            throw e;
        }
        for (int i = 0; i < items.length; i++) setL(x, i, items[i]);
        return x;
    }

    public static long getI(long x, long i) { return Mem.getLong(x + HEADER + (i << 3)); }
    public static void setI(long x, long i, long v) { Mem.putLong(x + HEADER + (i << 3), v); }
    public static double getF(long x, long i) { return Mem.getDouble(x + HEADER + (i << 3)); }
    public static void setF(long x, long i, double v) { Mem.putDouble(x + HEADER + (i << 3), v); }
    public static int getC(long x, long i) { return Mem.getByte(x + HEADER + i) & 0xFF; }
    public static void setC(long x, long i, int v) { Mem.putByte(x + HEADER + i, (byte) v); }
    public static int getS(long x, long i) { return Mem.getInt(x + HEADER + (i << 2)); }
    public static void setS(long x, long i, int v) { Mem.putInt(x + HEADER + (i << 2), v); }
    /** The i-th item of a list, borrowed. */
    public static long getL(long x, long i) { return Mem.getLong(x + HEADER + (i << 3)); }
    /** Stores an owned reference into a list slot (the old one is not released). */
    public static void setL(long x, long i, long v) { Mem.putLong(x + HEADER + (i << 3), v); }

    /** Text of a char vector or atom. */
    public static String str(long x) {
        if (type(x) == CHAR) return String.valueOf((char) cv(x));
        // one bulk copy: a per-char read is one FFM access each, slow until the JIT has compiled it
        byte[] b = new byte[Math.toIntExact(n(x))];
        java.lang.foreign.MemorySegment.copy(Mem.ALL, Mem.BYTE, x + HEADER, b, 0, b.length);
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    // ---- children ----
    /** Visits each counted reference x holds: list items, dict values and attributes, a function's parts. */
    public static void forEachChild(long x, LongConsumer visit) {
        switch (type(x)) {
            case LIST -> {
                for (long i = 0, n = n(x); i < n; i++) visit.accept(getL(x, i));
            }
            case DICT -> {
                for (long i = 0, n = n(x); i < n; i++) {
                    visit.accept(Dict.value(x, i));
                    long a = Dict.attr(x, i);
                    if (a != 0) visit.accept(a);
                }
            }
            case FUNC -> Fn.forEachChild(x, visit);
            case HASH -> visit.accept(getL(x, 0)); // its slots
            default -> { }
        }
    }
}

package kj.kernel;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import kj.kpool.Mem;
import kj.value.Context;

/**
 * The element-wise loops of the atomic verbs on int and float payloads, each op written once
 * per type. Operands are payload addresses; an atom operand (shape AV or VA) is read once.
 *
 * <p>Shape of every loop: the operands are copied in chunks of {@value #CHUNK} items into
 * on-heap arrays (one bulk {@code MemorySegment.copy} each), the op runs over plain arrays,
 * and the result chunk is copied out. Measured on this machine kind (JDK 25, 10^5 ints, cache
 * resident): a loop of segment reads and writes takes 1.26 ms compiled by C1 alone and
 * 0.08 ms by C2 (16x); the chunked loop takes 0.20 ms under C1 and 0.09 ms under C2, so code
 * that has not reached C2 yet (a fresh process, a loop run once) is within 2.5x of warm.
 * Result and operand may be the same memory (a unique temporary written in place): each
 * chunk is read before it is written.
 */
public final class Elementwise {
    public static final int VV = 0, AV = 1, VA = 2;
    /** Dyads. MORE is LESS with the operands swapped (the caller swaps). */
    public static final int ADD = 0, SUB = 1, MUL = 2, DIV = 3, MAX = 4, MIN = 5, POW = 6, LESS = 7, EQUAL = 8;
    /** Monads. */
    public static final int NEG = 0, RECIP = 1, NOT = 2, FLOOR = 3, CEILING = 4;

    static final int CHUNK = 512;

    private Elementwise() {}

    // ---- bulk moves between payloads and chunks ----

    static void load(long address, long[] to, int n) { MemorySegment.copy(Mem.ALL, Mem.LONG, address, to, 0, n); }

    static void load(long address, double[] to, int n) { MemorySegment.copy(Mem.ALL, Mem.DOUBLE, address, to, 0, n); }

    static void store(long[] from, long address, int n) { MemorySegment.copy(from, 0, Mem.ALL, Mem.LONG, address, n); }

    static void store(double[] from, long address, int n) { MemorySegment.copy(from, 0, Mem.ALL, Mem.DOUBLE, address, n); }

    static int chunk(long n) { return (int) Math.min(n, CHUNK); }

    /**
     * The n ints from[at..at+n) written as n 8-byte ints at the payload z, widened a chunk at a time
     * into {@code chunk} and bulk-copied (grade's answer, a group's cell).
     */
    static void storeWidened(int[] from, int at, int n, long z, long[] chunk) {
        for (int o = 0; o < n; o += chunk.length) {
            int m = Math.min(chunk.length, n - o);
            widen(from, at + o, m, chunk);
            store(chunk, z + ((long) o << 3), m);
        }
    }

    private static void widen(int[] from, int at, int m, long[] to) {
        for (int j = 0; j < m; j++) to[j] = from[at + j];
    }

    /**
     * Looks for Ctrl-C once per 2^16 items (o is a chunk's offset): a kernel over 10^9 items stops
     * when asked, and the caller releases the result it was writing.
     */
    static void poll(long o) {
        if (o >= CHUNK && (o & 0xFFFF) < CHUNK) Context.poll();
    }

    // ---- int op int -> int ----

    /** z = x op y over n ints (POW is not an int op: the caller converts to floats). */
    public static void ints(int op, long z, long x, long y, long n, int shape) { ints(op, false, z, x, y, n, shape); }

    /**
     * As {@link #ints}, and with {@code thenNot} z = ~(x op y) in the same pass: a train such as
     * (~=) reads its operands and writes its result once.
     */
    public static void ints(int op, boolean thenNot, long z, long x, long y, long n, int shape) {
        if (n <= 0) return;
        if (shape != VV) { // out of line: this method stays small enough for the JIT to inline into atom-on-atom paths
            intsWithAtom(op, thenNot, z, x, y, n, shape == AV);
            return;
        }
        intsVV(op, thenNot, z, x, y, n, DirectReads.covers(op) ? Scratch.get().intDyads[op].direct(n) : 0);
    }

    /** As {@link #ints} on two vectors, the first {@code direct} items read where they lie ({@link DirectReads}). */
    static void intsVV(int op, boolean thenNot, long z, long x, long y, long n, long direct) {
        int c = chunk(n);
        Scratch s = Scratch.get();
        long[] a = s.a, b = s.b, r = s.r;
        for (long o = 0; o < n; ) {
            poll(o);
            int m = (int) Math.min(c, (o < direct ? direct : n) - o); // a chunk ends where the direct items do
            if (o < direct) {
                DirectReads.ints(op, r, x + (o << 3), y + (o << 3), m);
            } else {
                load(x + (o << 3), a, m);
                load(y + (o << 3), b, m);
                ints(op, r, a, b, m);
            }
            if (thenNot) not(r, m);
            store(r, z + (o << 3), m);
            o += m;
        }
    }

    /** {@link #ints} where x (left) or y is an atom, read once and held in a register. */
    private static void intsWithAtom(int op, boolean thenNot, long z, long x, long y, long n, boolean left) {
        intsWithAtom(op, thenNot, z, x, y, n, left, DirectReads.covers(op) ? Scratch.get().intAtoms[op].direct(n) : 0);
    }

    /** As above, the first {@code direct} items read where they lie ({@link DirectReads}). */
    static void intsWithAtom(int op, boolean thenNot, long z, long x, long y, long n, boolean left, long direct) {
        int c = chunk(n);
        Scratch s = Scratch.get();
        long[] a = s.a, b = s.b, r = s.r;
        long k = Mem.getLong(left ? x : y), v = left ? y : x;
        for (long o = 0; o < n; ) {
            poll(o);
            int m = (int) Math.min(c, (o < direct ? direct : n) - o); // a chunk ends where the direct items do
            if (o < direct) {
                DirectReads.atom(op, left, r, k, v + (o << 3), m);
            } else {
                load(v + (o << 3), b, m);
                atom(op, left, r, k, a, b, m);
            }
            if (thenNot) not(r, m);
            store(r, z + (o << 3), m);
            o += m;
        }
    }

    static void not(long[] r, int m) {
        for (int i = 0; i < m; i++) r[i] = 1 - ((r[i] | -r[i]) >>> 63);
    }

    static void ints(int op, long[] r, long[] a, long[] b, int m) {
        switch (op) {
            case ADD -> { for (int i = 0; i < m; i++) r[i] = a[i] + b[i]; }
            case SUB -> { for (int i = 0; i < m; i++) r[i] = a[i] - b[i]; }
            case MUL -> { for (int i = 0; i < m; i++) r[i] = a[i] * b[i]; }
            case DIV -> { for (int i = 0; i < m; i++) r[i] = Scalar.div(a[i], b[i]); }
            case MAX -> { for (int i = 0; i < m; i++) r[i] = Math.max(a[i], b[i]); }
            case MIN -> { for (int i = 0; i < m; i++) r[i] = Math.min(a[i], b[i]); }
            case LESS -> {
                for (int i = 0; i < m; i++) {
                    long d = a[i] - b[i];
                    r[i] = (d ^ ((a[i] ^ b[i]) & (d ^ a[i]))) >>> 63;
                }
            }
            case EQUAL -> {
                for (int i = 0; i < m; i++) {
                    long v = a[i] ^ b[i];
                    r[i] = 1 - ((v | -v) >>> 63);
                }
            }
            default -> throw new IllegalArgumentException("int op " + op);
        }
    }

    /**
     * r = k op b (left) or b op k over m ints, the atom k held in a register: a stream fewer than
     * a chunk filled with it (JMH, 10^5 ints, add: 26.6 -> 24.5 us, the long[] loop 18.0). DIV
     * fills the spare chunk a with k.
     */
    static void atom(int op, boolean left, long[] r, long k, long[] a, long[] b, int m) {
        switch (op) {
            case ADD -> { for (int i = 0; i < m; i++) r[i] = k + b[i]; }
            case MUL -> { for (int i = 0; i < m; i++) r[i] = k * b[i]; }
            case MAX -> { for (int i = 0; i < m; i++) r[i] = Math.max(k, b[i]); }
            case MIN -> { for (int i = 0; i < m; i++) r[i] = Math.min(k, b[i]); }
            case SUB -> {
                if (left) for (int i = 0; i < m; i++) r[i] = k - b[i];
                else for (int i = 0; i < m; i++) r[i] = b[i] - k;
            }
            case EQUAL -> {
                for (int i = 0; i < m; i++) {
                    long v = k ^ b[i];
                    r[i] = 1 - ((v | -v) >>> 63);
                }
            }
            case LESS -> {
                if (left) {
                    for (int i = 0; i < m; i++) {
                        long d = k - b[i];
                        r[i] = (d ^ ((k ^ b[i]) & (d ^ k))) >>> 63;
                    }
                } else {
                    for (int i = 0; i < m; i++) {
                        long d = b[i] - k;
                        r[i] = (d ^ ((b[i] ^ k) & (d ^ b[i]))) >>> 63;
                    }
                }
            }
            default -> {
                Arrays.fill(a, 0, m, k);
                if (left) ints(op, r, a, b, m);
                else ints(op, r, b, a, m);
            }
        }
    }

    // The int comparisons and ~ are written without a branch or a conditional move, so that C2
    // vectorises their loops (a ternary ? 1 : 0 over longs it does not): 1 - ((v | -v) >>> 63) is 1
    // when v is 0, and the sign of (d ^ ((a ^ b) & (d ^ a))), d = a - b, says a < b without
    // overflow (Hacker's Delight 2-12). Written out in each loop: a call per item is slow until
    // the JIT has inlined it.

    // ---- float op float -> float, or int for the (tolerant) comparisons ----

    /** z = x op y over n floats; LESS and EQUAL write ints. */
    public static void floats(int op, long z, long x, long y, long n, int shape) {
        if (n <= 0) return;
        long direct = 0;
        if (DirectReads.coversFloats(op)) direct = (shape == VV ? Scratch.get().floatDyads : Scratch.get().floatAtoms)[op].direct(n);
        floats(op, z, x, y, n, shape, direct);
    }

    /** As above, the first {@code direct} items read where they lie ({@link DirectReads}). */
    static void floats(int op, long z, long x, long y, long n, int shape, long direct) {
        int c = chunk(n);
        Scratch s = Scratch.get();
        double[] a = s.fa, b = s.fb, r = s.fr;
        long[] ri = s.r;
        boolean compare = op == LESS || op == EQUAL;
        if (shape == AV) Arrays.fill(a, 0, c, Mem.getDouble(x));
        if (shape == VA) Arrays.fill(b, 0, c, Mem.getDouble(y));
        for (long o = 0; o < n; ) {
            poll(o);
            int m = (int) Math.min(c, (o < direct ? direct : n) - o); // a chunk ends where the direct items do
            if (o < direct) {
                DirectReads.floats(op, shape, r, shape == AV ? x : x + (o << 3), shape == VA ? y : y + (o << 3), m);
                store(r, z + (o << 3), m);
                o += m;
                continue;
            }
            if (shape != AV) load(x + (o << 3), a, m);
            if (shape != VA) load(y + (o << 3), b, m);
            if (compare) {
                compare(op, ri, a, b, m);
                store(ri, z + (o << 3), m);
            } else {
                floats(op, r, a, b, m);
                store(r, z + (o << 3), m);
            }
            o += m;
        }
    }

    static void floats(int op, double[] r, double[] a, double[] b, int m) {
        switch (op) {
            case ADD -> { for (int i = 0; i < m; i++) r[i] = a[i] + b[i]; }
            case SUB -> { for (int i = 0; i < m; i++) r[i] = a[i] - b[i]; }
            case MUL -> { for (int i = 0; i < m; i++) r[i] = a[i] * b[i]; }
            case DIV -> { for (int i = 0; i < m; i++) r[i] = Scalar.div(a[i], b[i]); }
            case MAX -> { for (int i = 0; i < m; i++) r[i] = Scalar.max(a[i], b[i]); }
            case MIN -> { for (int i = 0; i < m; i++) r[i] = Scalar.min(a[i], b[i]); }
            case POW -> { for (int i = 0; i < m; i++) r[i] = Scalar.pow(a[i], b[i]); }
            default -> throw new IllegalArgumentException("float op " + op);
        }
    }

    static void compare(int op, long[] r, double[] a, double[] b, int m) {
        if (op == LESS) for (int i = 0; i < m; i++) r[i] = Tolerance.less(a[i], b[i]) ? 1 : 0;
        else for (int i = 0; i < m; i++) r[i] = Tolerance.equal(a[i], b[i]) ? 1 : 0;
    }

    // ---- chars and symbols -> int (comparisons only) ----

    /** z = x op y over n chars (bytes, unsigned), LESS or EQUAL, int results. */
    public static void chars(int op, long z, long x, long y, long n, int shape) {
        if (n <= 0) return;
        int c = chunk(n);
        Scratch s = Scratch.get();
        byte[] a = s.ca, b = s.cb;
        long[] r = s.r;
        if (shape == AV) Arrays.fill(a, 0, c, Mem.getByte(x));
        if (shape == VA) Arrays.fill(b, 0, c, Mem.getByte(y));
        for (long o = 0; o < n; o += c) {
            poll(o);
            int m = (int) Math.min(c, n - o);
            if (shape != AV) MemorySegment.copy(Mem.ALL, Mem.BYTE, x + o, a, 0, m);
            if (shape != VA) MemorySegment.copy(Mem.ALL, Mem.BYTE, y + o, b, 0, m);
            if (op == LESS) for (int i = 0; i < m; i++) r[i] = (a[i] & 0xFF) < (b[i] & 0xFF) ? 1 : 0;
            else for (int i = 0; i < m; i++) r[i] = a[i] == b[i] ? 1 : 0;
            store(r, z + (o << 3), m);
        }
    }

    /** z = x op y over n symbols (ids), LESS (by name) or EQUAL, int results. */
    public static void syms(int op, long z, long x, long y, long n, int shape) {
        if (n <= 0) return;
        int c = chunk(n);
        Scratch s = Scratch.get();
        int[] a = s.ia, b = s.ib;
        long[] r = s.r;
        if (shape == AV) Arrays.fill(a, 0, c, Mem.getInt(x));
        if (shape == VA) Arrays.fill(b, 0, c, Mem.getInt(y));
        for (long o = 0; o < n; o += c) {
            poll(o);
            int m = (int) Math.min(c, n - o);
            if (shape != AV) MemorySegment.copy(Mem.ALL, Mem.INT, x + (o << 2), a, 0, m);
            if (shape != VA) MemorySegment.copy(Mem.ALL, Mem.INT, y + (o << 2), b, 0, m);
            if (op == LESS) for (int i = 0; i < m; i++) r[i] = kj.value.Sym.compare(a[i], b[i]) < 0 ? 1 : 0;
            else for (int i = 0; i < m; i++) r[i] = a[i] == b[i] ? 1 : 0;
            store(r, z + (o << 3), m);
        }
    }

    // ---- monads ----

    /** z = op x over n ints: NEG and NOT give ints, RECIP floats; FLOOR and CEILING are identities (the caller skips them). */
    public static void intMonad(int op, long z, long x, long n) {
        if (n <= 0) return;
        intMonad(op, z, x, n, DirectReads.coversMonad(op) ? Scratch.get().intMonads[op].direct(n) : 0);
    }

    /** As above, the first {@code direct} items read where they lie ({@link DirectReads}). */
    static void intMonad(int op, long z, long x, long n, long direct) {
        int c = chunk(n);
        Scratch s = Scratch.get();
        long[] a = s.a;
        double[] f = s.fr;
        for (long o = 0; o < n; ) {
            poll(o);
            int m = (int) Math.min(c, (o < direct ? direct : n) - o); // a chunk ends where the direct items do
            if (o < direct) {
                DirectReads.intMonad(op, a, x + (o << 3), m);
            } else {
                load(x + (o << 3), a, m);
                intMonad(op, a, a, f, m);
            }
            if (op == RECIP) store(f, z + (o << 3), m);
            else store(a, z + (o << 3), m); // NEG and NOT in place: a stream fewer (JMH negate 1.55x -> 1.43-1.48x the long[] loop)
            o += m;
        }
    }

    /** op a over m ints into r (NEG, NOT) or f (RECIP); r may be a. */
    static void intMonad(int op, long[] a, long[] r, double[] f, int m) {
        switch (op) {
            case NEG -> { for (int i = 0; i < m; i++) r[i] = -a[i]; }
            case NOT -> { for (int i = 0; i < m; i++) r[i] = 1 - ((a[i] | -a[i]) >>> 63); }
            case RECIP -> { for (int i = 0; i < m; i++) f[i] = Scalar.div(1.0, Scalar.i2f(a[i])); }
            default -> throw new IllegalArgumentException("int monad " + op);
        }
    }

    /** z = op x over n floats: NEG (0.0-x, as Kona) and RECIP give floats; NOT (exact zero), FLOOR, CEILING ints. */
    public static void floatMonad(int op, long z, long x, long n) {
        if (n <= 0) return;
        int c = chunk(n);
        Scratch s = Scratch.get();
        double[] a = s.fa, r = s.fr;
        long[] ri = s.r;
        for (long o = 0; o < n; o += c) {
            poll(o);
            int m = (int) Math.min(c, n - o);
            load(x + (o << 3), a, m);
            floatMonad(op, a, r, ri, m);
            if (floatMonadGivesInts(op)) store(ri, z + (o << 3), m);
            else store(r, z + (o << 3), m);
        }
    }

    static boolean floatMonadGivesInts(int op) { return op == NOT || op == FLOOR || op == CEILING; }

    /** op a over m floats into r (NEG, RECIP) or ri (NOT, FLOOR, CEILING). */
    static void floatMonad(int op, double[] a, double[] r, long[] ri, int m) {
        switch (op) {
            case NEG -> { for (int i = 0; i < m; i++) r[i] = 0.0 - a[i]; }
            case RECIP -> { for (int i = 0; i < m; i++) r[i] = Scalar.div(1.0, a[i]); }
            case NOT -> { for (int i = 0; i < m; i++) ri[i] = a[i] == 0 ? 1 : 0; }
            case FLOOR -> { for (int i = 0; i < m; i++) ri[i] = Tolerance.floor(a[i]); }
            case CEILING -> { for (int i = 0; i < m; i++) ri[i] = Tolerance.ceiling(a[i]); }
            default -> throw new IllegalArgumentException("float monad " + op);
        }
    }

    /** z = x as floats (0N, 0I, -0I become 0n, 0i, -0i) over n items. */
    public static void intsToFloats(long z, long x, long n) {
        if (n <= 0) return;
        int c = chunk(n);
        Scratch s = Scratch.get();
        long[] a = s.a;
        double[] r = s.fr;
        for (long o = 0; o < n; o += c) {
            poll(o);
            int m = (int) Math.min(c, n - o);
            load(x + (o << 3), a, m);
            toFloats(a, r, m);
            store(r, z + (o << 3), m);
        }
    }

    static void toFloats(long[] a, double[] r, int m) {
        for (int i = 0; i < m; i++) r[i] = Scalar.i2f(a[i]);
    }
}

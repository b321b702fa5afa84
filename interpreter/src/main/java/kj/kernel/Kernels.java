package kj.kernel;

import static kj.value.K.*;

import kj.prim.Tolerance;
import java.lang.foreign.MemorySegment;
import kj.kpool.Mem;

/**
 * The typed loops behind the atomic verbs and the fast reductions, kept in one class so they
 * can move to the Vector API without touching the verbs. Operands are bounded slices of cell
 * payloads; an atom operand is a one-item slice read once before the loop. Shapes: VV (two
 * vectors), AV (atom, vector), VA (vector, atom). No boxing, one result filled in place.
 */
public final class Kernels {
    public static final int VV = 0, AV = 1, VA = 2;
    private static final java.lang.foreign.ValueLayout.OfLong L = Mem.LONG;
    private static final java.lang.foreign.ValueLayout.OfDouble D = Mem.DOUBLE;

    private Kernels() {}

    /** The payload of an 8-byte-item value (atom or vector) as a bounded slice. */
    public static MemorySegment wide(long x) { return Mem.slice(data(x), (type(x) > 0 ? 1 : n(x)) << 3); }

    public static MemorySegment bytes(long x) { return Mem.slice(data(x), type(x) > 0 ? 1 : n(x)); }

    public static MemorySegment ids(long x) { return Mem.slice(data(x), (type(x) > 0 ? 1 : n(x)) << 2); }

    // ---- scalar rules shared by atoms and loops ----

    /** Int division as Kona: truncating; x%0 is 0I, -0I or 0N by the sign of x. */
    public static long div(long a, long b) { return b == 0 ? (a == 0 ? NI : a > 0 ? PI : MI) : a / b; }

    /** Float division: by zero gives 0i or -0i by the sign of x, 0n for 0%0. */
    public static double div(double a, double b) {
        if (b == 0) return a > 0 ? Double.POSITIVE_INFINITY : a < 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        return a / b;
    }

    /** x^0 is 1 and 0^y is 0 for any y, then pow. */
    public static double pow(double a, double b) { return b == 0 ? 1 : a == 0 ? 0 : Math.pow(a, b); }

    /** Max and min with 0n as the lowest value. */
    public static double max(double a, double b) { return a > b || b != b ? a : b; }

    public static double min(double a, double b) { return a < b || a != a ? a : b; }

    /** An int as a float: 0N, 0I and -0I become 0n, 0i and -0i. */
    public static double i2f(long v) {
        return v == NI ? Double.NaN : v == PI ? Double.POSITIVE_INFINITY : v == MI ? Double.NEGATIVE_INFINITY : v;
    }

    static long b(boolean v) { return v ? 1 : 0; }

    // ---- int x int -> int ----

    public static void addI(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == VA) { addI(z, y, x, n, AV); return; }
        if (s == AV) { long a = x.getAtIndex(L, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, a + y.getAtIndex(L, i)); }
        else for (long i = 0; i < n; i++) z.setAtIndex(L, i, x.getAtIndex(L, i) + y.getAtIndex(L, i));
    }

    public static void subI(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == AV) { long a = x.getAtIndex(L, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, a - y.getAtIndex(L, i)); }
        else if (s == VA) { long b = y.getAtIndex(L, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, x.getAtIndex(L, i) - b); }
        else for (long i = 0; i < n; i++) z.setAtIndex(L, i, x.getAtIndex(L, i) - y.getAtIndex(L, i));
    }

    public static void mulI(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == VA) { mulI(z, y, x, n, AV); return; }
        if (s == AV) { long a = x.getAtIndex(L, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, a * y.getAtIndex(L, i)); }
        else for (long i = 0; i < n; i++) z.setAtIndex(L, i, x.getAtIndex(L, i) * y.getAtIndex(L, i));
    }

    public static void divI(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == AV) { long a = x.getAtIndex(L, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, div(a, y.getAtIndex(L, i))); }
        else if (s == VA) { long b = y.getAtIndex(L, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, div(x.getAtIndex(L, i), b)); }
        else for (long i = 0; i < n; i++) z.setAtIndex(L, i, div(x.getAtIndex(L, i), y.getAtIndex(L, i)));
    }

    public static void maxI(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == VA) { maxI(z, y, x, n, AV); return; }
        if (s == AV) { long a = x.getAtIndex(L, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, Math.max(a, y.getAtIndex(L, i))); }
        else for (long i = 0; i < n; i++) z.setAtIndex(L, i, Math.max(x.getAtIndex(L, i), y.getAtIndex(L, i)));
    }

    public static void minI(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == VA) { minI(z, y, x, n, AV); return; }
        if (s == AV) { long a = x.getAtIndex(L, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, Math.min(a, y.getAtIndex(L, i))); }
        else for (long i = 0; i < n; i++) z.setAtIndex(L, i, Math.min(x.getAtIndex(L, i), y.getAtIndex(L, i)));
    }

    public static void lessI(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == AV) { long a = x.getAtIndex(L, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(a < y.getAtIndex(L, i))); }
        else if (s == VA) { long c = y.getAtIndex(L, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(x.getAtIndex(L, i) < c)); }
        else for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(x.getAtIndex(L, i) < y.getAtIndex(L, i)));
    }

    public static void eqI(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == VA) { eqI(z, y, x, n, AV); return; }
        if (s == AV) { long a = x.getAtIndex(L, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(a == y.getAtIndex(L, i))); }
        else for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(x.getAtIndex(L, i) == y.getAtIndex(L, i)));
    }

    // ---- float x float -> float ----

    public static void addF(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == VA) { addF(z, y, x, n, AV); return; }
        if (s == AV) { double a = x.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(D, i, a + y.getAtIndex(D, i)); }
        else for (long i = 0; i < n; i++) z.setAtIndex(D, i, x.getAtIndex(D, i) + y.getAtIndex(D, i));
    }

    public static void subF(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == AV) { double a = x.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(D, i, a - y.getAtIndex(D, i)); }
        else if (s == VA) { double b = y.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(D, i, x.getAtIndex(D, i) - b); }
        else for (long i = 0; i < n; i++) z.setAtIndex(D, i, x.getAtIndex(D, i) - y.getAtIndex(D, i));
    }

    public static void mulF(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == VA) { mulF(z, y, x, n, AV); return; }
        if (s == AV) { double a = x.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(D, i, a * y.getAtIndex(D, i)); }
        else for (long i = 0; i < n; i++) z.setAtIndex(D, i, x.getAtIndex(D, i) * y.getAtIndex(D, i));
    }

    public static void divF(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == AV) { double a = x.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(D, i, div(a, y.getAtIndex(D, i))); }
        else if (s == VA) { double b = y.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(D, i, div(x.getAtIndex(D, i), b)); }
        else for (long i = 0; i < n; i++) z.setAtIndex(D, i, div(x.getAtIndex(D, i), y.getAtIndex(D, i)));
    }

    public static void powF(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == AV) { double a = x.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(D, i, pow(a, y.getAtIndex(D, i))); }
        else if (s == VA) { double b = y.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(D, i, pow(x.getAtIndex(D, i), b)); }
        else for (long i = 0; i < n; i++) z.setAtIndex(D, i, pow(x.getAtIndex(D, i), y.getAtIndex(D, i)));
    }

    public static void maxF(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == VA) { maxF(z, y, x, n, AV); return; }
        if (s == AV) { double a = x.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(D, i, max(a, y.getAtIndex(D, i))); }
        else for (long i = 0; i < n; i++) z.setAtIndex(D, i, max(x.getAtIndex(D, i), y.getAtIndex(D, i)));
    }

    public static void minF(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == VA) { minF(z, y, x, n, AV); return; }
        if (s == AV) { double a = x.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(D, i, min(a, y.getAtIndex(D, i))); }
        else for (long i = 0; i < n; i++) z.setAtIndex(D, i, min(x.getAtIndex(D, i), y.getAtIndex(D, i)));
    }

    // ---- float x float -> int (tolerant comparisons) ----

    public static void lessF(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == AV) { double a = x.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(Tolerance.less(a, y.getAtIndex(D, i)))); }
        else if (s == VA) { double c = y.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(Tolerance.less(x.getAtIndex(D, i), c))); }
        else for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(Tolerance.less(x.getAtIndex(D, i), y.getAtIndex(D, i))));
    }

    public static void eqF(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        if (s == VA) { eqF(z, y, x, n, AV); return; }
        if (s == AV) { double a = x.getAtIndex(D, 0); for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(Tolerance.equal(a, y.getAtIndex(D, i)))); }
        else for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(Tolerance.equal(x.getAtIndex(D, i), y.getAtIndex(D, i))));
    }

    // ---- chars and symbols -> int ----

    public static void lessC(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        for (long i = 0; i < n; i++) {
            int a = x.get(Mem.BYTE, s == AV ? 0 : i) & 0xFF, c = y.get(Mem.BYTE, s == VA ? 0 : i) & 0xFF;
            z.setAtIndex(L, i, b(a < c));
        }
    }

    public static void eqC(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(x.get(Mem.BYTE, s == AV ? 0 : i) == y.get(Mem.BYTE, s == VA ? 0 : i)));
    }

    public static void lessS(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        for (long i = 0; i < n; i++) {
            int a = x.getAtIndex(Mem.INT, s == AV ? 0 : i), c = y.getAtIndex(Mem.INT, s == VA ? 0 : i);
            z.setAtIndex(L, i, b(kj.value.Sym.compare(a, c) < 0));
        }
    }

    public static void eqS(MemorySegment z, MemorySegment x, MemorySegment y, long n, int s) {
        for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(x.getAtIndex(Mem.INT, s == AV ? 0 : i) == y.getAtIndex(Mem.INT, s == VA ? 0 : i)));
    }

    // ---- monads: n items of x into z ----

    public static void negI(MemorySegment z, MemorySegment x, long n) { for (long i = 0; i < n; i++) z.setAtIndex(L, i, -x.getAtIndex(L, i)); }

    /** 0.0-x as Kona, so -0.0 gives 0.0. */
    public static void negF(MemorySegment z, MemorySegment x, long n) { for (long i = 0; i < n; i++) z.setAtIndex(D, i, 0.0 - x.getAtIndex(D, i)); }

    public static void recipI(MemorySegment z, MemorySegment x, long n) { for (long i = 0; i < n; i++) z.setAtIndex(D, i, div(1.0, i2f(x.getAtIndex(L, i)))); }

    public static void recipF(MemorySegment z, MemorySegment x, long n) { for (long i = 0; i < n; i++) z.setAtIndex(D, i, div(1.0, x.getAtIndex(D, i))); }

    public static void notI(MemorySegment z, MemorySegment x, long n) { for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(x.getAtIndex(L, i) == 0)); }

    /** Exact zero test, as Kona (not tolerant). */
    public static void notF(MemorySegment z, MemorySegment x, long n) { for (long i = 0; i < n; i++) z.setAtIndex(L, i, b(x.getAtIndex(D, i) == 0)); }

    public static void floorF(MemorySegment z, MemorySegment x, long n) { for (long i = 0; i < n; i++) z.setAtIndex(L, i, Tolerance.floor(x.getAtIndex(D, i))); }

    public static void ceilingF(MemorySegment z, MemorySegment x, long n) { for (long i = 0; i < n; i++) z.setAtIndex(L, i, Tolerance.ceiling(x.getAtIndex(D, i))); }

    // ---- conversions ----

    /** A fresh float vector holding the ints of x (a vector), specials mapped. */
    public static long intsToFloats(long x) {
        long n = n(x);
        long z = newVec(FLOATV, n);
        MemorySegment zs = wide(z), xs = wide(x);
        for (long i = 0; i < n; i++) zs.setAtIndex(D, i, i2f(xs.getAtIndex(L, i)));
        return z;
    }

    // ---- reductions (for the adverbs' fast paths) ----

    /** +/ of an int vector, wrapping on overflow. */
    public static long sumInts(long x) {
        MemorySegment xs = wide(x);
        long s = 0;
        for (long i = 0, n = n(x); i < n; i++) s += xs.getAtIndex(L, i);
        return s;
    }

    public static double sumFloats(long x) {
        MemorySegment xs = wide(x);
        double s = 0;
        for (long i = 0, n = n(x); i < n; i++) s += xs.getAtIndex(D, i);
        return s;
    }

    public static long productInts(long x) {
        MemorySegment xs = wide(x);
        long p = 1;
        for (long i = 0, n = n(x); i < n; i++) p *= xs.getAtIndex(L, i);
        return p;
    }

    public static double productFloats(long x) {
        MemorySegment xs = wide(x);
        double p = 1;
        for (long i = 0, n = n(x); i < n; i++) p *= xs.getAtIndex(D, i);
        return p;
    }

    /** |/ of an int vector; -0I for an empty one (K's identity for max). */
    public static long maxInts(long x) {
        MemorySegment xs = wide(x);
        long m = MI;
        for (long i = 0, n = n(x); i < n; i++) m = Math.max(m, xs.getAtIndex(L, i));
        return m;
    }

    /** &amp;/ of an int vector; 0I for an empty one. */
    public static long minInts(long x) {
        MemorySegment xs = wide(x);
        long m = PI;
        for (long i = 0, n = n(x); i < n; i++) m = Math.min(m, xs.getAtIndex(L, i));
        return m;
    }

    /** |/ of a float vector (0n lowest); -0i for an empty one. */
    public static double maxFloats(long x) {
        MemorySegment xs = wide(x);
        double m = Double.NEGATIVE_INFINITY;
        long n = n(x);
        if (n > 0) m = xs.getAtIndex(D, 0);
        for (long i = 1; i < n; i++) m = max(m, xs.getAtIndex(D, i));
        return m;
    }

    /** &amp;/ of a float vector (0n lowest); 0i for an empty one. */
    public static double minFloats(long x) {
        MemorySegment xs = wide(x);
        double m = Double.POSITIVE_INFINITY;
        for (long i = 0, n = n(x); i < n; i++) m = min(m, xs.getAtIndex(D, i));
        return m;
    }
}

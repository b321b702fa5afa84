package kj.kernel;

import static kj.value.K.*;

import java.lang.foreign.MemorySegment;
import kj.kpool.Mem;

/**
 * The comparison loops of chars and symbols (ints and floats: {@link Elementwise}). Operands
 * are bounded slices of cell payloads; an atom operand is a one-item slice. Shapes: VV (two
 * vectors), AV (atom, vector), VA (vector, atom), the same numbers as Elementwise's.
 */
public final class Kernels {
    public static final int VV = 0, AV = 1, VA = 2;
    private static final java.lang.foreign.ValueLayout.OfLong L = Mem.LONG;

    private Kernels() {}

    /** The payload of an 8-byte-item value (atom or vector) as a bounded slice. */
    public static MemorySegment wide(long x) { return Mem.slice(data(x), (type(x) > 0 ? 1 : n(x)) << 3); }

    public static MemorySegment bytes(long x) { return Mem.slice(data(x), type(x) > 0 ? 1 : n(x)); }

    public static MemorySegment ids(long x) { return Mem.slice(data(x), (type(x) > 0 ? 1 : n(x)) << 2); }

    static long b(boolean v) { return v ? 1 : 0; }

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
}

package kj.kernel;

import static kj.value.K.*;

import java.lang.foreign.MemorySegment;
import kj.kpool.Mem;

/**
 * Bounded slices of cell payloads for loops that still read segments (MathFns); the shape
 * numbers VV (two vectors), AV (atom, vector), VA (vector, atom), the same as Elementwise's.
 */
public final class Kernels {
    public static final int VV = 0, AV = 1, VA = 2;

    private Kernels() {}

    /** The payload of an 8-byte-item value (atom or vector) as a bounded slice. */
    public static MemorySegment wide(long x) { return Mem.slice(data(x), (type(x) > 0 ? 1 : n(x)) << 3); }

    public static MemorySegment bytes(long x) { return Mem.slice(data(x), type(x) > 0 ? 1 : n(x)); }

    public static MemorySegment ids(long x) { return Mem.slice(data(x), (type(x) > 0 ? 1 : n(x)) << 2); }
}

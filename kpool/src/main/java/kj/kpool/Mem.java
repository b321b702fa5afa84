package kj.kpool;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Raw reads and writes at absolute addresses, through one segment spanning the address space.
 * Always the unaligned layouts: the aligned ones stop C2 from vectorising (see STYLE.md).
 * Callers must only pass addresses of live pool cells; anything else may crash the JVM.
 */
public final class Mem {
    /** The whole address space as one segment; slices of it are bounded views of a cell. */
    public static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    public static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;
    public static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    public static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED;
    public static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED;
    public static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

    private Mem() {}

    public static long getLong(long address) { return ALL.get(LONG, address); }
    public static void putLong(long address, long value) { ALL.set(LONG, address, value); }
    public static int getInt(long address) { return ALL.get(INT, address); }
    public static void putInt(long address, int value) { ALL.set(INT, address, value); }
    public static short getShort(long address) { return ALL.get(SHORT, address); }
    public static void putShort(long address, short value) { ALL.set(SHORT, address, value); }
    public static double getDouble(long address) { return ALL.get(DOUBLE, address); }
    public static void putDouble(long address, double value) { ALL.set(DOUBLE, address, value); }
    public static byte getByte(long address) { return ALL.get(BYTE, address); }
    public static void putByte(long address, byte value) { ALL.set(BYTE, address, value); }

    /** A bounded view of {@code bytes} bytes at {@code address}; use one per operand in kernels. */
    public static MemorySegment slice(long address, long bytes) { return ALL.asSlice(address, bytes); }

    public static void copy(long from, long to, long bytes) {
        MemorySegment.copy(ALL, from, ALL, to, bytes);
    }

    /** Copies n longs at {@code from} into {@code to[0..n)}: one bulk copy, fast even before the JIT has run. */
    public static void getLongs(long from, long[] to, int n) {
        MemorySegment.copy(ALL, LONG, from, to, 0, n);
    }

    /** Copies {@code from[0..n)} to n longs at {@code to}. */
    public static void putLongs(long[] from, long to, int n) {
        MemorySegment.copy(from, 0, ALL, LONG, to, n);
    }

    public static void fill(long address, long bytes, byte value) {
        ALL.asSlice(address, bytes).fill(value);
    }
}

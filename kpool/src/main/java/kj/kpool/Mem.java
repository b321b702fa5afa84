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

    /**
     * Runs each accessor a few hundred times over a scratch word, so that the JIT queues them
     * before anything else: in the interpreter one of these calls costs about 500 ns, and a
     * fresh JVM's first C1 queue is hundreds of start-up methods long, which kept them
     * interpreted for a program's first tens of milliseconds (the first 1,000 iterations of
     * {@code do[n;a,:1]} took 20-33 ms, primed 5-7). About 9 ms, most of it the first use of the
     * memory access machinery, which start-up would pay later anyway (an empty script: 133 ->
     * 136-145 ms). For a launcher's main, once per JVM; a warm JVM gains nothing from it.
     */
    public static void prime() {
        try (java.lang.foreign.Arena a = java.lang.foreign.Arena.ofConfined()) {
            long p = a.allocate(32, 8).address();
            for (int i = 0; i < 300; i++) { // past the interpreter's 200 calls that queue a method for C1
                putLong(p, getLong(p) + 1);
                putInt(p + 8, getInt(p + 8) + 1);
                putShort(p + 12, (short) (getShort(p + 12) + 1));
                putByte(p + 14, (byte) (getByte(p + 14) + 1));
                putDouble(p + 16, getDouble(p + 16) + 1);
            }
        }
    }
}

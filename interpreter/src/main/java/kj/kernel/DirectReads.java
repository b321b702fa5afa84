package kj.kernel;

import kj.kpool.Mem;

/**
 * The commonest int dyads (+ - * | &amp;), int monads (- ~) and float dyads (+ - *) with their
 * operands read where they lie and the result written into an on-heap chunk, which the caller
 * bulk-copies out: the loop's only stores go to the heap, so C2 may reorder and vectorise its
 * payload reads (a loop that also stored into the payload may not: those stores could alias its
 * reads, and JDK 25 does not check at run time). Measured in a plain Java loop over 10^5 ints,
 * warm: the {@code long[]} loop 21.8 us, the chunked loop (both operands copied in first) 30.0,
 * this 25.4 (JMH, in the README: add ints 1.56x -> 1.11x the long[] loop; doubles gain less, a
 * double read being a long read and a move, which SuperWord leaves scalar). Under C1 each read
 * here is a chain of calls, so {@link Elementwise} runs these only once the family is ready
 * ({@link Handover}), and the chunked loops before.
 */
final class DirectReads {
    private DirectReads() {}

    /** Whether op has a loop here. */
    static boolean covers(int op) {
        return op == Elementwise.ADD || op == Elementwise.SUB || op == Elementwise.MUL
                || op == Elementwise.MAX || op == Elementwise.MIN;
    }

    /** r = x op y over m ints at the payload addresses x and y (op {@link #covers covered}). */
    static void ints(int op, long[] r, long x, long y, int m) {
        switch (op) {
            case Elementwise.ADD -> { for (int i = 0; i < m; i++) r[i] = Mem.getLong(x + 8L * i) + Mem.getLong(y + 8L * i); }
            case Elementwise.SUB -> { for (int i = 0; i < m; i++) r[i] = Mem.getLong(x + 8L * i) - Mem.getLong(y + 8L * i); }
            case Elementwise.MUL -> { for (int i = 0; i < m; i++) r[i] = Mem.getLong(x + 8L * i) * Mem.getLong(y + 8L * i); }
            case Elementwise.MAX -> { for (int i = 0; i < m; i++) r[i] = Math.max(Mem.getLong(x + 8L * i), Mem.getLong(y + 8L * i)); }
            case Elementwise.MIN -> { for (int i = 0; i < m; i++) r[i] = Math.min(Mem.getLong(x + 8L * i), Mem.getLong(y + 8L * i)); }
            default -> throw new IllegalArgumentException("int op " + op);
        }
    }

    /** r = k op v (left) or v op k over m ints at the payload address v (op {@link #covers covered}). */
    static void atom(int op, boolean left, long[] r, long k, long v, int m) {
        switch (op) {
            case Elementwise.ADD -> { for (int i = 0; i < m; i++) r[i] = k + Mem.getLong(v + 8L * i); }
            case Elementwise.MUL -> { for (int i = 0; i < m; i++) r[i] = k * Mem.getLong(v + 8L * i); }
            case Elementwise.MAX -> { for (int i = 0; i < m; i++) r[i] = Math.max(k, Mem.getLong(v + 8L * i)); }
            case Elementwise.MIN -> { for (int i = 0; i < m; i++) r[i] = Math.min(k, Mem.getLong(v + 8L * i)); }
            case Elementwise.SUB -> {
                if (left) for (int i = 0; i < m; i++) r[i] = k - Mem.getLong(v + 8L * i);
                else for (int i = 0; i < m; i++) r[i] = Mem.getLong(v + 8L * i) - k;
            }
            default -> throw new IllegalArgumentException("int op " + op);
        }
    }

    /** Whether the int monad op has a loop here. */
    static boolean coversMonad(int op) { return op == Elementwise.NEG || op == Elementwise.NOT; }

    /** r = op x over m ints at the payload address x (op {@link #coversMonad covered}). */
    static void intMonad(int op, long[] r, long x, int m) {
        switch (op) {
            case Elementwise.NEG -> { for (int i = 0; i < m; i++) r[i] = -Mem.getLong(x + 8L * i); }
            case Elementwise.NOT -> {
                for (int i = 0; i < m; i++) {
                    long v = Mem.getLong(x + 8L * i);
                    r[i] = 1 - ((v | -v) >>> 63);
                }
            }
            default -> throw new IllegalArgumentException("int monad " + op);
        }
    }

    /** Whether the float dyad op has a loop here. */
    static boolean coversFloats(int op) { return op == Elementwise.ADD || op == Elementwise.SUB || op == Elementwise.MUL; }

    /**
     * r = x op y over m floats in the given shape (x or y, an atom's address, read once), op
     * {@link #coversFloats covered}.
     */
    static void floats(int op, int shape, double[] r, long x, long y, int m) {
        if (shape == Elementwise.VV) {
            switch (op) {
                case Elementwise.ADD -> { for (int i = 0; i < m; i++) r[i] = Mem.getDouble(x + 8L * i) + Mem.getDouble(y + 8L * i); }
                case Elementwise.SUB -> { for (int i = 0; i < m; i++) r[i] = Mem.getDouble(x + 8L * i) - Mem.getDouble(y + 8L * i); }
                default -> { for (int i = 0; i < m; i++) r[i] = Mem.getDouble(x + 8L * i) * Mem.getDouble(y + 8L * i); }
            }
            return;
        }
        boolean left = shape == Elementwise.AV;
        double k = Mem.getDouble(left ? x : y);
        long v = left ? y : x;
        switch (op) {
            case Elementwise.ADD -> { for (int i = 0; i < m; i++) r[i] = k + Mem.getDouble(v + 8L * i); }
            case Elementwise.MUL -> { for (int i = 0; i < m; i++) r[i] = k * Mem.getDouble(v + 8L * i); }
            default -> {
                if (left) for (int i = 0; i < m; i++) r[i] = k - Mem.getDouble(v + 8L * i);
                else for (int i = 0; i < m; i++) r[i] = Mem.getDouble(v + 8L * i) - k;
            }
        }
    }
}

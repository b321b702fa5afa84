package kj.kernel;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.foreign.Arena;
import java.util.Random;
import kj.kpool.Mem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The kernels with a direct loop (running sums, gathers, the int and float dyads and int monads
 * that read their operands where they lie) give the same answer whichever share of
 * the items the direct loop takes: none (the chunked loop alone), some (a call before the
 * handover) or all (after it), over lengths across the chunk (512) and the direct loop's block
 * (2^16), against a loop over Java arrays. Ints wrap; floats hold NaN and the infinities.
 */
class HandoverTest {
    private static final int[] LENGTHS = {1, 7, Handover.LEAD, Handover.LEAD + 1, 511, 512, 513, Handover.BLOCK + 700};
    private final Arena arena = Arena.ofConfined();
    private final Random random = new Random(9);

    @AfterEach
    void close() { arena.close(); }

    private long cell(long bytes) { return arena.allocate(Math.max(bytes, 8), 64).address(); }

    /** The shares of n items the direct loop is given. */
    private static long[] shares(int n) { return new long[] {0, 1, Math.min(n, Handover.LEAD), n / 2, n - 1, n}; }

    private long[] ints(int n) {
        long[] v = new long[n];
        long[] odd = {Long.MAX_VALUE, Long.MIN_VALUE, -1, 0, Long.MAX_VALUE - 3};
        for (int i = 0; i < n; i++) v[i] = i % 11 == 0 ? odd[i % odd.length] : random.nextLong() >> random.nextInt(64);
        return v;
    }

    private long put(long[] v) {
        long at = cell(8L * v.length);
        for (int i = 0; i < v.length; i++) Mem.putLong(at + 8L * i, v[i]);
        return at;
    }

    @Test
    void runningSumsOfIntsWrapAlikeWhateverTheShare() {
        for (int n : LENGTHS) {
            long[] v = ints(n);
            long[] want = new long[n];
            long acc = 5;
            for (int i = 0; i < n; i++) want[i] = acc += v[i];
            long x = put(v), z = cell(8L * n);
            for (long d : shares(n)) {
                assertEquals(acc, Reductions.scanInts(Reductions.SUM, 5, z, x, n, d), n + " items, " + d + " direct");
                for (int i = 0; i < n; i++) assertEquals(want[i], Mem.getLong(z + 8L * i), n + " items, " + d + " direct, at " + i);
            }
            Reductions.scanInts(Reductions.SUM, 0, x, x, n, Math.min(n, Handover.LEAD)); // in place: each item read before it is written
            long s = 0;
            for (int i = 0; i < n; i++) assertEquals(s += v[i], Mem.getLong(x + 8L * i), "in place, at " + i);
        }
    }

    @Test
    void runningSumsOfFloatsAddInOrderWhateverTheShare() {
        for (int n : LENGTHS) {
            double[] v = new double[n];
            double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e300};
            for (int i = 0; i < n; i++) v[i] = i % 97 == 5 ? odd[i % odd.length] : random.nextGaussian() * 1e6;
            long x = cell(8L * n), z = cell(8L * n);
            for (int i = 0; i < n; i++) Mem.putDouble(x + 8L * i, v[i]);
            for (long d : shares(n)) {
                double acc = 0.25;
                Reductions.scanFloats(Reductions.SUM, 0.25, z, x, n, false, d);
                for (int i = 0; i < n; i++) {
                    acc += v[i];
                    assertEquals(Double.doubleToLongBits(acc), Double.doubleToLongBits(Mem.getDouble(z + 8L * i)), n + " items, " + d + " direct, at " + i);
                }
            }
        }
    }

    @Test
    void gathersOfEveryWidthAlikeWhateverTheShare() {
        for (int n : LENGTHS) {
            for (int xn : new int[] {1, 3, n, 3 * n + 600}) {
                long[] v = ints(xn);
                long x = cell(8L * xn);
                for (int i = 0; i < xn; i++) Mem.putLong(x + 8L * i, v[i]);
                long[] idx = new long[n];
                for (int j = 0; j < n; j++) idx[j] = random.nextInt(xn);
                long at = put(idx);
                for (int w : new int[] {8, 4, 1}) {
                    long z = cell((long) w * n);
                    for (long d : shares(n)) {
                        Gathers.gather(z, x, xn, w, at, n, d);
                        check(z, x, w, idx, n + " items of width " + w + " from " + xn + ", " + d + " direct");
                        Mem.putLong(z, ~Mem.getLong(z)); // so that a gather that writes nothing is seen
                        Gathers.gather(z, x, xn, w, idx, n, (int) d);
                        check(z, x, w, idx, "heap indices, " + n + " items of width " + w + " from " + xn + ", " + d + " direct");
                    }
                }
            }
        }
    }

    private static void check(long z, long x, int w, long[] idx, String what) {
        for (int j = 0; j < idx.length; j++) {
            long want = switch (w) {
                case 8 -> Mem.getLong(x + 8 * idx[j]);
                case 4 -> Mem.getInt(x + 4 * idx[j]);
                default -> Mem.getByte(x + idx[j]);
            };
            long got = switch (w) {
                case 8 -> Mem.getLong(z + 8L * j);
                case 4 -> Mem.getInt(z + 4L * j);
                default -> Mem.getByte(z + j);
            };
            assertEquals(want, got, what + ", at " + j);
        }
    }

    private static long dyad(int op, long a, long b) {
        return switch (op) {
            case Elementwise.ADD -> a + b;
            case Elementwise.SUB -> a - b;
            case Elementwise.MUL -> a * b;
            case Elementwise.MAX -> Math.max(a, b);
            default -> Math.min(a, b);
        };
    }

    @Test
    void intDyadsWrapAlikeWhateverTheShare() {
        int[] ops = {Elementwise.ADD, Elementwise.SUB, Elementwise.MUL, Elementwise.MAX, Elementwise.MIN};
        for (int n : LENGTHS) {
            long[] u = ints(n), v = ints(n);
            long x = put(u), y = put(v), z = cell(8L * n), k = put(new long[] {Long.MAX_VALUE - 1});
            for (int op : ops) {
                for (long d : shares(n)) {
                    String what = "op " + op + ", " + n + " items, " + d + " direct";
                    Elementwise.intsVV(op, false, z, x, y, n, d);
                    for (int i = 0; i < n; i++) assertEquals(dyad(op, u[i], v[i]), Mem.getLong(z + 8L * i), what + ", at " + i);
                    Elementwise.intsVV(op, true, z, x, y, n, d);
                    for (int i = 0; i < n; i++) assertEquals(dyad(op, u[i], v[i]) == 0 ? 1 : 0, Mem.getLong(z + 8L * i), "~ " + what + ", at " + i);
                    for (boolean left : new boolean[] {true, false}) {
                        Elementwise.intsWithAtom(op, false, z, left ? k : x, left ? x : k, n, left, d);
                        for (int i = 0; i < n; i++) {
                            long want = left ? dyad(op, Long.MAX_VALUE - 1, u[i]) : dyad(op, u[i], Long.MAX_VALUE - 1);
                            assertEquals(want, Mem.getLong(z + 8L * i), "atom " + (left ? "left, " : "right, ") + what + ", at " + i);
                        }
                    }
                }
            }
            long w = put(u); // in place: each chunk read before it is written
            Elementwise.intsVV(Elementwise.ADD, false, w, w, y, n, Math.min(n, Handover.LEAD));
            for (int i = 0; i < n; i++) assertEquals(u[i] + v[i], Mem.getLong(w + 8L * i), "in place, at " + i);
        }
    }

    @Test
    void floatDyadsAlikeWhateverTheShare() {
        int[] ops = {Elementwise.ADD, Elementwise.SUB, Elementwise.MUL};
        double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e300};
        for (int n : LENGTHS) {
            double[] u = new double[n], v = new double[n];
            for (int i = 0; i < n; i++) {
                u[i] = i % 13 == 4 ? odd[i % odd.length] : random.nextGaussian() * 1e3;
                v[i] = i % 17 == 2 ? odd[i % odd.length] : random.nextGaussian();
            }
            long x = cell(8L * n), y = cell(8L * n), z = cell(8L * n), k = cell(8);
            for (int i = 0; i < n; i++) {
                Mem.putDouble(x + 8L * i, u[i]);
                Mem.putDouble(y + 8L * i, v[i]);
            }
            Mem.putDouble(k, 2.5);
            for (int op : ops) {
                for (long d : shares(n)) {
                    for (int shape : new int[] {Elementwise.VV, Elementwise.AV, Elementwise.VA}) {
                        Elementwise.floats(op, z, shape == Elementwise.AV ? k : x, shape == Elementwise.VA ? k : y, n, shape, d);
                        for (int i = 0; i < n; i++) {
                            double a = shape == Elementwise.AV ? 2.5 : u[i], b = shape == Elementwise.VA ? 2.5 : v[i];
                            double want = op == Elementwise.ADD ? a + b : op == Elementwise.SUB ? a - b : a * b;
                            assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(Mem.getDouble(z + 8L * i)),
                                    "op " + op + ", shape " + shape + ", " + n + " items, " + d + " direct, at " + i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void deltasAlikeWhateverTheShare() {
        for (int n : LENGTHS) {
            if (n < 2) continue;
            long[] u = ints(n);
            long x = put(u), z = cell(8L * n);
            for (long d : shares(n - 1)) {
                Reductions.deltasInts(z, x, n, d);
                for (int i = 0; i + 1 < n; i++) assertEquals(u[i + 1] - u[i], Mem.getLong(z + 8L * i), n + " items, " + d + " direct, at " + i);
            }
            Reductions.deltasInts(x, x, n, Math.min(n - 1, Handover.LEAD)); // in place: each item read before it is written
            for (int i = 0; i + 1 < n; i++) assertEquals(u[i + 1] - u[i], Mem.getLong(x + 8L * i), "in place, at " + i);
        }
    }

    @Test
    void intMonadsAlikeWhateverTheShare() {
        for (int n : LENGTHS) {
            long[] u = ints(n);
            long x = put(u), z = cell(8L * n);
            for (long d : shares(n)) {
                Elementwise.intMonad(Elementwise.NEG, z, x, n, d);
                for (int i = 0; i < n; i++) assertEquals(-u[i], Mem.getLong(z + 8L * i), "- " + n + " items, " + d + " direct, at " + i);
                Elementwise.intMonad(Elementwise.NOT, z, x, n, d);
                for (int i = 0; i < n; i++) assertEquals(u[i] == 0 ? 1 : 0, Mem.getLong(z + 8L * i), "~ " + n + " items, " + d + " direct, at " + i);
            }
        }
    }

    @Test
    void aFamilyGivesItsDirectLoopTheLeadUntilReady() {
        Handover h = new Handover();
        for (int i = 0; i < 4096; i++) assertEquals(i % 2 == 0 ? Handover.LEAD : 3, h.direct(i % 2 == 0 ? 100_000 : 3), "call " + i);
        Handover later = new Handover(1024);
        for (int i = 0; i < 1024; i++) assertEquals(0, later.direct(100_000), "call " + i + ": the chunked loop alone");
        for (int i = 1024; i < 4096; i++) assertEquals(Handover.LEAD, later.direct(100_000), "call " + i);
    }

    @Test
    void onlyAJvmWithC2AndDeepInliningTakesTheDirectLoops() {
        assertTrue(Handover.compiles("mixed mode, sharing", "true", "4", "25"));
        assertTrue(Handover.compiles("mixed mode", "false", "1", "30"), "C2 alone, whatever the stop level");
        assertFalse(Handover.compiles("mixed mode, sharing", "true", "4", "15"), "the default depth");
        assertFalse(Handover.compiles("mixed mode, sharing", "true", "1", "25"), "C1 only");
        assertFalse(Handover.compiles("mixed mode", "true", "3", "25"), "C1 with profiling only");
        assertFalse(Handover.compiles("interpreted mode, sharing", "true", "4", "25"), "-Xint");
    }
}

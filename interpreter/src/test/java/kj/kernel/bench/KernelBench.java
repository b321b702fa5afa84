package kj.kernel.bench;

import java.lang.foreign.Arena;
import java.util.concurrent.TimeUnit;
import kj.kernel.Chains;
import kj.kernel.Digits;
import kj.kernel.Elementwise;
import kj.kernel.Gathers;
import kj.kernel.LongSort;
import kj.kernel.Reductions;
import kj.kernel.RowScans;
import kj.kernel.Search;
import kj.kpool.Mem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each kernel family of kj.kernel on pool cells against the same loop over plain Java arrays
 * ({@code *Array}): int and float add (vector with vector, atom with vector), int less, int
 * negate, int sum, int running sum, int deltas; gather at random indices, find of an absent int,
 * grade of a permutation of 0..n, format digits; a fused chain x+y*x-y (Chains) and a scan
 * of (~=) over 100 rows of n/100 (RowScans). Compiled with the tests, never run by them:
 * {@code interpreter/bench.sh} runs it, {@code interpreter/bench.sh -jvmArgsAppend
 * -XX:TieredStopAtLevel=1} gives the C1-only figures (see the README's kernel benchmark). The
 * forks inline as deep as {@code ./k} does, so the running sum and the gather hand over to their
 * direct loops after their first calls (kj.kernel.Handover) as they do in kj.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xms1g", "-Xmx1g", "-XX:MaxInlineLevel=25"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class KernelBench {
    @Param({"100000"})
    public int n;

    /** Payload addresses: the kernels take nothing else, so no workspace is needed here. */
    private long xi, yi, zi, xf, yf, zf, atom, pi, text;
    private Arena arena;

    private long payload(long items) { return arena.allocate(items * 8, 64).address(); }
    private long[] ai, bi, ci, ri;
    private double[] af, bf, cf;

    /** The chain x+y*(x-y) over operand slots 0 (x) and 1 (y): x-y, then y*that, then x+that. */
    private static final int[] CHAIN = {
        Chains.INT_DYAD, Elementwise.SUB, 0, 1,
        Chains.INT_DYAD, Elementwise.MUL, 1, 2,
        Chains.INT_DYAD, Elementwise.ADD, 0, 3};
    private static final int ROWS = 100;
    private long[] rows, outRows;
    private long[][] rowsArray, outArray;

    @Setup
    public void setUp() {
        arena = Arena.ofShared();
        int q = n / ROWS;
        rows = new long[ROWS];
        outRows = new long[ROWS];
        rowsArray = new long[ROWS][q];
        outArray = new long[ROWS][q];
        for (int r = 0; r < ROWS; r++) {
            rows[r] = payload(q);
            outRows[r] = payload(q);
            for (int i = 0; i < q; i++) {
                long b = (i * 7L + r * 3L) % 5 % 2;
                Mem.putLong(rows[r] + i * 8L, b);
                rowsArray[r][i] = b;
            }
        }
        outRows[0] = rows[0];
        outArray[0] = rowsArray[0];
        xi = payload(n);
        yi = payload(n);
        zi = payload(n);
        xf = payload(n);
        yf = payload(n);
        zf = payload(n);
        atom = payload(1);
        Mem.putLong(atom, 7);
        pi = payload(n);
        text = payload(3);
        ri = new long[n];
        ai = new long[n];
        bi = new long[n];
        ci = new long[n];
        af = new double[n];
        bf = new double[n];
        cf = new double[n];
        for (int i = 0; i < n; i++) {
            Mem.putLong(xi + i * 8L, i * 31L % 1000);
            Mem.putLong(yi + i * 8L, i);
            Mem.putDouble(xf + i * 8L, i * 0.5);
            Mem.putDouble(yf + i * 8L, i);
            ai[i] = i * 31L % 1000;
            bi[i] = i;
            af[i] = i * 0.5;
            bf[i] = i;
            ri[i] = (i * 7919L) % n;
            Mem.putLong(pi + i * 8L, ri[i]);
        }
    }

    @TearDown
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public long addInts() {
        Elementwise.ints(Elementwise.ADD, zi, xi, yi, n, Elementwise.VV);
        return zi;
    }

    @Benchmark
    public long[] addIntsArray() {
        for (int i = 0; i < n; i++) ci[i] = ai[i] + bi[i];
        return ci;
    }

    @Benchmark
    public long addAtomInts() {
        Elementwise.ints(Elementwise.ADD, zi, atom, yi, n, Elementwise.AV);
        return zi;
    }

    @Benchmark
    public long[] addAtomIntsArray() {
        long a = 7;
        for (int i = 0; i < n; i++) ci[i] = a + bi[i];
        return ci;
    }

    @Benchmark
    public long addFloats() {
        Elementwise.floats(Elementwise.ADD, zf, xf, yf, n, Elementwise.VV);
        return zf;
    }

    @Benchmark
    public double[] addFloatsArray() {
        for (int i = 0; i < n; i++) cf[i] = af[i] + bf[i];
        return cf;
    }

    @Benchmark
    public long lessInts() {
        Elementwise.ints(Elementwise.LESS, zi, xi, yi, n, Elementwise.VV);
        return zi;
    }

    @Benchmark
    public long[] lessIntsArray() {
        for (int i = 0; i < n; i++) ci[i] = ai[i] < bi[i] ? 1 : 0;
        return ci;
    }

    @Benchmark
    public long negInts() {
        Elementwise.intMonad(Elementwise.NEG, zi, xi, n);
        return zi;
    }

    @Benchmark
    public long[] negIntsArray() {
        for (int i = 0; i < n; i++) ci[i] = -ai[i];
        return ci;
    }

    @Benchmark
    public long sumInts() { return Reductions.ints(Reductions.SUM, 0, xi, n); }

    @Benchmark
    public long sumIntsArray() {
        long s = 0;
        for (int i = 0; i < n; i++) s += ai[i];
        return s;
    }

    @Benchmark
    public long scanInts() { return Reductions.scanInts(Reductions.SUM, 0, zi, xi, n); }

    @Benchmark
    public long scanIntsArray() {
        long s = 0;
        for (int i = 0; i < n; i++) ci[i] = s += ai[i];
        return s;
    }

    @Benchmark
    public long deltasInts() {
        Reductions.deltasInts(zi, xi, n);
        return zi;
    }

    @Benchmark
    public long[] deltasIntsArray() {
        for (int i = 1; i < n; i++) ci[i - 1] = ai[i] - ai[i - 1];
        return ci;
    }

    @Benchmark
    public long gatherInts() {
        Gathers.gather(zi, xi, n, 8, pi, n);
        return zi;
    }

    @Benchmark
    public long[] gatherIntsArray() {
        for (int i = 0; i < n; i++) ci[i] = ai[(int) ri[i]];
        return ci;
    }

    @Benchmark
    public long findInts() { return Search.ints(xi, n, -1); }

    @Benchmark
    public long findIntsArray() {
        for (int i = 0; i < n; i++) if (ai[i] == -1) return i;
        return n;
    }

    @Benchmark
    public long gradeInts() {
        LongSort.gradeInts(pi, n, false, zi);
        return zi;
    }

    @Benchmark
    public long[] gradeIntsArray() { return LongSort.grade(ri.clone(), n, false); }

    @Benchmark
    public long chainInts() {
        Chains.run(CHAIN, 2, new int[] {Chains.INTS, Chains.INTS}, new long[] {xi, yi}, zi, n);
        return zi;
    }

    @Benchmark
    public long[] chainIntsArray() {
        for (int i = 0; i < n; i++) ci[i] = ai[i] + bi[i] * (ai[i] - bi[i]);
        return ci;
    }

    @Benchmark
    public long rowScanInts() {
        RowScans.scan(Elementwise.EQUAL, false, true, false, rows, outRows, n / ROWS);
        return outRows[ROWS - 1];
    }

    @Benchmark
    public long[][] rowScanIntsArray() {
        int q = n / ROWS;
        for (int r = 1; r < ROWS; r++) {
            long[] prev = outArray[r - 1], row = rowsArray[r], out = outArray[r];
            for (int i = 0; i < q; i++) out[i] = prev[i] == row[i] ? 0 : 1;
        }
        return outArray;
    }

    @Benchmark
    public long formatDigits() {
        long s = 0;
        for (int i = 0; i < n; i++) {
            int len = Digits.length(ai[i]);
            Digits.write(ai[i], len, text);
            s += len;
        }
        return s;
    }

    @Benchmark
    public long formatDigitsString() {
        long s = 0;
        for (int i = 0; i < n; i++) s += Long.toString(ai[i]).length();
        return s;
    }

    public static void main(String[] args) throws Exception {
        // every benchmark of this class, unless the arguments name some (KernelBench.gather)
        boolean named = java.util.Arrays.stream(args).anyMatch(a -> a.startsWith("KernelBench"));
        String[] all = java.util.Arrays.copyOf(args, args.length + (named ? 0 : 1));
        if (!named) all[args.length] = KernelBench.class.getName();
        org.openjdk.jmh.Main.main(all);
    }
}

package kj.kpool.bench;

import java.lang.foreign.Arena;
import java.util.concurrent.TimeUnit;
import kj.kpool.CellLayout;
import kj.kpool.NativeOs;
import kj.kpool.Pool;
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
 * One allocate + free of a cell of {@code bytes} bytes (header included), against a heap
 * {@code long[]} of the same size left to the GC and a confined {@link Arena} allocate + close.
 * Lives with the tests so {@code mvn verify} compiles it but never runs it; see the README's
 * "kpool benchmark" section for the command.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// A fixed heap: with the default one, resizing made the long[] figures swing by 100x.
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AllocateFreeBench {
    @Param({"64", "1024", "65536"})
    public int bytes;

    private Pool pool;
    private long payloadBytes;
    private int longs;

    @Setup
    public void setUp() {
        pool = new Pool(new NativeOs());
        payloadBytes = bytes - CellLayout.HEADER;
        longs = bytes / Long.BYTES;
    }

    @TearDown
    public void tearDown() {
        if (pool.used() != 0 || !pool.audit().ok())
            throw new IllegalStateException("pool not back at zero: " + pool.stats() + " " + pool.audit());
        pool.trim();
    }

    @Benchmark
    public long pool() {
        long cell = pool.allocate(payloadBytes, 0, 0);
        pool.cd(cell);
        return cell;
    }

    @Benchmark
    public long[] heapArray() {
        return new long[longs];
    }

    @Benchmark
    public long confinedArena() {
        try (Arena arena = Arena.ofConfined()) {
            return arena.allocate(bytes).address();
        }
    }

    /** Runs this benchmark with the settings above; any arguments are added to JMH's command line. */
    public static void main(String[] args) throws Exception {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = AllocateFreeBench.class.getName();
        org.openjdk.jmh.Main.main(all);
    }
}

package kj.kpool.bench;

import java.util.Arrays;
import kj.kpool.CellLayout;
import kj.kpool.Mem;
import kj.kpool.NativeOs;
import kj.kpool.Pool;

/**
 * What a file-backed large cell costs against an anonymous one: allocate 80 MiB, write every
 * 8-byte word, sum them, release; the median of 11 rounds after 3 warm-up rounds, in ms.
 * Arguments: the directories to put cells in (none: anonymous only). Not run by {@code mvn verify}:
 * {@code java --enable-native-access=ALL-UNNAMED -cp kpool/target/test-classes:kpool/target/classes
 * kj.kpool.bench.FileBackedBench /tmp /dev/shm}
 */
public final class FileBackedBench {
    private static final long BYTES = 80L << 20;

    public static void main(String[] args) {
        report("anonymous", null);
        for (String dir : args) report("file in " + dir, dir);
    }

    private static void report(String label, String dir) {
        Pool pool = new Pool(new NativeOs());
        if (dir != null) pool.setFileBacking(dir, 32L << 20);
        double[] alloc = new double[11], write = new double[11], read = new double[11], free = new double[11];
        for (int round = -3; round < 11; round++) {
            long t0 = System.nanoTime();
            long c = pool.allocate(BYTES, 1, 0);
            long t1 = System.nanoTime();
            long p = CellLayout.payload(c);
            for (long off = 0; off < BYTES; off += 8) Mem.putLong(p + off, off);
            long t2 = System.nanoTime();
            long sum = 0;
            for (long off = 0; off < BYTES; off += 8) sum += Mem.getLong(p + off);
            long t3 = System.nanoTime();
            pool.cd(c);
            long t4 = System.nanoTime();
            if (sum != (BYTES / 8) * (BYTES - 8) / 2) throw new AssertionError("sum " + sum);
            if (round >= 0) {
                alloc[round] = (t1 - t0) / 1e6;
                write[round] = (t2 - t1) / 1e6;
                read[round] = (t3 - t2) / 1e6;
                free[round] = (t4 - t3) / 1e6;
            }
        }
        System.out.printf("%-20s allocate %6.2f  write %7.1f  read %6.1f  release %6.2f ms%n",
                label, median(alloc), median(write), median(read), median(free));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}

package kj.kpool;

import static kj.kpool.CellLayout.*;
import static kj.kpool.PoolChecks.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large cells on temp files with no name: past the cap of anonymous memory, nothing left behind. */
class FileBackedTest {
    private final ArenaOs os = new ArenaOs();
    private final Pool pool = new Pool(os);
    @TempDir
    Path dir;

    @AfterEach
    void close() { os.close(); }

    @Test
    void onlyLargeCellsAboveTheThresholdGoToFiles() {
        pool.setFileBacking("/some/dir", 48 * MiB);
        long small = pool.allocate(40 * MiB, 1, 0);
        long big = pool.allocate(50 * MiB, 1, 0);
        assertEquals(FLAG_LARGE, flags(small));
        assertEquals(FLAG_LARGE | FLAG_FILE, flags(big));
        assertEquals(1, os.tempMaps);
        assertEquals("/some/dir", os.tempDirs.get(big));
        assertEquals(1, os.hugeAdvice, "huge pages for anonymous memory only");
        PoolStats s = pool.stats();
        assertEquals(2, s.largeCount());
        assertEquals(1, s.fileBacked().cells().current());
        assertEquals(1, s.anonymousLarge().cells().current());
        assertEquals(pool.sizeOf(big), s.fileBacked().bytes().current());
        assertEquals("/some/dir", s.fileDir());
        assertEquals(48 * MiB, s.fileThreshold());
        assertSound(pool);
        pool.cd(small);
        pool.cd(big);
        s = pool.stats();
        assertEquals(new Stat(0, 1, 1), s.fileBacked().cells());
        assertEquals(new Stat(0, 1, 1), s.anonymousLarge().cells());
        assertEquals(0, os.liveMappings());
        assertSound(pool);
    }

    @Test
    void aFileBackedCellGrowsByMovingToABiggerFile() {
        pool.setFileBacking("/d", 0);
        long c = pool.allocate(40 * MiB, 1, 5);
        Mem.putLong(payload(c) + 40 * MiB - 8, 99);
        long g = pool.grow(c, 80 * MiB);
        assertNotEquals(c, g);
        assertEquals(0, os.remaps, "a file mapping is not remapped");
        assertEquals(2, os.tempMaps);
        assertEquals(99, Mem.getLong(payload(g) + 40 * MiB - 8));
        assertEquals(5, count(g));
        assertEquals(FLAG_LARGE | FLAG_FILE, flags(g));
        assertEquals(1, pool.stats().fileBacked().cells().current());
        assertEquals(new Stat(1, 2, 2), pool.stats().fileBacked().cells());
        pool.cd(g);
        assertEquals(0, os.liveMappings());
        assertSound(pool);
    }

    @Test
    void aRefusingDirectoryGivesAnonymousMemory() {
        pool.setFileBacking("/d", 0);
        os.refuseMaps = true;
        assertThrows(WorkspaceFullException.class, () -> pool.allocate(40 * MiB, 1, 0));
        os.refuseMaps = false;
        assertEquals(0, pool.used());
    }

    @Test
    void aRealValueLargerThanTheCapOfAnonymousMemoryLeavesNothingInItsDirectory() throws IOException {
        Pool real = new Pool(new NativeOs());
        real.setCap(64 * MiB);
        assertThrows(WorkspaceFullException.class, () -> real.allocate(100 * MiB, 1, 0),
                "without file backing, 100 MiB is past the cap");
        real.setFileBacking(dir.toString(), 32 * MiB);
        long c = real.allocate(100 * MiB, 1, 0);
        assertEquals(FLAG_LARGE | FLAG_FILE, flags(c));
        for (long off = 0; off < 100 * MiB; off += real.pageSize()) Mem.putLong(payload(c) + off, off);
        long sum = 0;
        for (long off = 0; off < 100 * MiB; off += real.pageSize()) sum += Mem.getLong(payload(c) + off);
        long pages = 100 * MiB / real.pageSize();
        assertEquals(real.pageSize() * pages * (pages - 1) / 2, sum);
        assertEquals(0, entries(dir), "the temp file has no name");
        long lane = real.allocate(1000, 1, 0);
        real.cd(lane);
        real.cd(c);
        assertEquals(0, real.stats().fileBacked().bytes().current());
        assertEquals(100 * MiB + real.pageSize(), real.stats().fileBacked().bytes().peak());
        assertEquals(0, entries(dir));
        real.trim();
        assertEquals(0, real.stats().mapped());
    }

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}

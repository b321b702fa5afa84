package kj.kpool;

import static kj.kpool.CellLayout.*;
import static kj.kpool.PoolChecks.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files mapped into cells: the header over the file's bytes, never unique, unmapped once at count zero. */
class MappedFileTest {
    private final ArenaOs os = new ArenaOs();
    private final Pool pool = new Pool(os);
    @TempDir
    Path dir;

    @AfterEach
    void close() { os.close(); }

    /** A file of 16 header bytes (anything) then n longs 0, 1, 2, ... */
    private Path longsFile(String name, long n) throws IOException {
        Path p = dir.resolve(name);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            b.putLong(0x7777_7777_7777_7777L).putLong(-1);
            for (long i = 0; i < n; i++) {
                if (!b.hasRemaining()) {
                    b.flip();
                    ch.write(b);
                    b.clear();
                }
                b.putLong(i);
            }
            b.flip();
            ch.write(b);
        }
        return p;
    }

    @Test
    void aMappedFileIsACellOverTheFileThatGoesAtCountZeroWithOneUnmap() throws IOException {
        Path p = longsFile("a", 1000);
        long fileBytes = Files.size(p);
        long c = pool.mapFile(p.toString(), fileBytes, 0, 9, 1000);
        assertNotEquals(0, c);
        assertEquals(1, os.fileMaps);
        assertEquals(FLAG_MAPPED, flags(c));
        assertEquals(LARGE_LANE, lane(c));
        assertEquals(9, kind(c));
        assertEquals(1000, count(c));
        assertEquals(1, pool.refs(c));
        for (long i = 0; i < 1000; i++) assertEquals(i, Mem.getLong(payload(c) + 8 * i));
        assertEquals(fileBytes - HEADER, pool.capacity(c));
        assertFalse(pool.isUnique(c), "a mapped file is copied on write, so never unique");
        PoolStats s = pool.stats();
        long bytes = 2 * ArenaOs.PAGE;
        assertEquals(new CellStats(new Stat(1, 1, 1), new Stat(bytes, bytes, bytes)), s.mappedFiles());
        assertEquals(bytes, s.used());
        assertEquals(bytes, s.mapped());
        assertEquals(0, s.largeCount(), "a mapped file is not a large cell");
        assertEquals(1, s.cellsInUse());
        assertSound(pool);

        int[] hookRuns = {0};
        pool.setReleaseHook(c, () -> {
            hookRuns[0]++;
            assertTrue(os.isMapped(c), "the owner's hook runs before the mapping goes");
        });
        pool.ci(c);
        pool.cd(c);
        assertEquals(0, os.unmaps, "still referenced");
        pool.cd(c);
        assertEquals(1, hookRuns[0]);
        assertEquals(1, os.unmaps);
        assertEquals(new ArenaOs.Call("unmap", c, bytes, 0), os.calls.getLast());
        assertEquals(0, os.liveMappings());
        s = pool.stats();
        assertEquals(new CellStats(new Stat(0, 1, 1), new Stat(0, bytes, bytes)), s.mappedFiles());
        assertEquals(0, s.used());
        assertEquals(0, s.mapped());
        assertEquals(1, s.munmapCalls());
        assertSound(pool);
    }

    @Test
    void theHeaderMayLieAnywhereInTheFileAndNeedNotBeAligned() throws IOException {
        Path p = longsFile("b", 10);
        long c = pool.mapFile(p.toString(), Files.size(p), 5, 1, 3);
        assertNotEquals(0, c);
        assertEquals(5, c % 8, "5 bytes into a page-aligned mapping");
        assertEquals(3, count(c));
        assertEquals(Files.size(p) - 5 - HEADER, pool.capacity(c));
        pool.cd(c);
        assertEquals(0, os.liveMappings());
        assertThrows(IllegalArgumentException.class, () -> pool.mapFile(p.toString(), 20, 5, 1, 3));
    }

    @Test
    void aUniqueMappedFileMovesWhenGrownEvenWithRoomAndItsMappingGoes() throws IOException {
        Path p = longsFile("c", 100);
        long c = pool.mapFile(p.toString(), Files.size(p), 0, 1, 100);
        long moved = pool.grow(c, 100 * 8);
        assertNotEquals(c, moved, "a mapped file is not written in place");
        assertEquals(0, flags(moved));
        assertEquals(100, count(moved));
        for (long i = 0; i < 100; i++) assertEquals(i, Mem.getLong(payload(moved) + 8 * i));
        assertEquals(0, pool.stats().mappedFiles().cells().current());
        assertEquals(1, os.unmaps);
        assertTrue(pool.isUnique(moved));
        pool.cd(moved);
        assertSound(pool);
        assertEquals(0, pool.used());
    }

    @Test
    void aFileThatCannotBeMappedGivesZero() {
        assertEquals(0, pool.mapFile(dir.resolve("none").toString(), 4096, 0, 1, 1));
        assertEquals(0, pool.stats().mapped());
    }

    @Test
    void aRealMappingOf64MiBIsResidentOnlyWhileReferencedAndTheFileStaysAsItWas() throws IOException {
        long n = 8L << 20;
        Path p = longsFile("big", n);
        long fileBytes = Files.size(p);
        Pool real = new Pool(new NativeOs());
        long before = rssKiB();
        long c = real.mapFile(p.toString(), fileBytes, 0, 1, n);
        assertNotEquals(0, c);
        long sum = 0;
        for (long i = 0; i < n; i += 512) sum += Mem.getLong(payload(c) + 8 * i);
        assertEquals(512L * (n / 512) * (n / 512 - 1) / 2, sum);
        long during = rssKiB();
        long riseMiB = (during - before) / 1024;
        assertTrue(riseMiB >= 56 && riseMiB < 100, "RSS rose by " + riseMiB + " MiB reading a 64 MiB mapping");
        Mem.putLong(payload(c), 12345);
        assertEquals(12345, Mem.getLong(payload(c)));
        real.cd(c);
        long dropMiB = (during - rssKiB()) / 1024;
        assertTrue(dropMiB > 48, "RSS fell by " + dropMiB + " MiB at release");
        assertEquals(0, real.stats().mapped());
        assertEquals(1, real.stats().munmapCalls());
        ByteBuffer head = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(p)) {
            ch.read(head, 0);
        }
        assertEquals(0x7777_7777_7777_7777L, head.getLong(0), "the header went to a private page, not the file");
        assertEquals(0, head.getLong(16), "a write to the payload did not reach the file");
    }

    static long rssKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status")))
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        throw new AssertionError("no VmRSS in /proc/self/status");
    }
}

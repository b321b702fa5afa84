package kj.kpool;

import static kj.kpool.CellLayout.*;
import static kj.kpool.PoolChecks.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cells above 2^25 bytes: one mapping each, unmapped at count zero, grown with mremap. */
class LargeCellTest {
    private final ArenaOs os = new ArenaOs();
    private final Pool pool = new Pool(os);

    @AfterEach
    void close() { os.close(); }

    @Test
    void exactly2To25BytesIsStillALaneCell() {
        long c = pool.allocate((1L << 25) - HEADER, 0, 0);
        assertEquals(MAX_LANE, CellLayout.lane(c));
        assertEquals(0, pool.stats().largeCount());
        pool.cd(c);
        assertEquals(0, os.unmaps, "a lane cell goes to its free list, not back to the system");
    }

    @Test
    void eachLargeCellHasItsOwnMappingUnmappedAtCountZero() {
        long payload = (1L << 25) - HEADER + 1;
        long a = pool.allocate(payload, 9, 77);
        long b = pool.allocate(payload, 9, 78);
        long bytes = (1L << 25) + os.pageSize();
        assertEquals(2, os.maps);
        assertEquals(new ArenaOs.Call("map", a, bytes, 0), os.calls.get(0));
        assertEquals(new ArenaOs.Call("map", b, bytes, 0), os.calls.get(1));
        assertEquals(2, os.hugeAdvice);
        assertEquals(LARGE_LANE, CellLayout.lane(a));
        assertEquals(FLAG_LARGE, CellLayout.flags(a));
        assertEquals(9, CellLayout.kind(a));
        assertEquals(77, CellLayout.count(a));
        assertEquals(bytes - HEADER, pool.capacity(a));
        PoolStats s = pool.stats();
        assertEquals(2, s.largeCount());
        assertEquals(2 * bytes, s.largeBytes());
        assertEquals(2 * bytes, s.used());
        assertEquals(2 * bytes, s.mapped());
        assertSound(pool);

        pool.ci(a);
        pool.cd(a);
        assertEquals(0, os.unmaps, "still referenced");
        pool.cd(a);
        assertEquals(1, os.unmaps);
        assertEquals(new ArenaOs.Call("unmap", a, bytes, 0), os.calls.getLast());
        assertFalse(os.isMapped(a));
        assertEquals(bytes, pool.stats().largeBytes());
        pool.cd(b);
        assertEquals(0, os.liveMappings());
        s = pool.stats();
        assertEquals(0, s.largeCount());
        assertEquals(0, s.used());
        assertEquals(0, s.mapped());
        assertEquals(2, s.munmapCalls());
        assertSound(pool);
    }

    @Test
    void uniqueLargeCellGrowsWithOneRemapKeepingItsBytes() {
        long c = pool.allocate(40 * MiB, 5, 6);
        long p = payload(c);
        Mem.putLong(p, 0x1234_5678L);
        Mem.putLong(p + 40 * MiB - 8, 0x9ABC_DEF0L);
        long room = pool.capacity(c);
        assertEquals(c, pool.grow(c, room), "room left in the mapping: in place");
        assertEquals(0, os.remaps);

        long grown = pool.grow(c, 56 * MiB);
        assertEquals(1, os.remaps);
        assertEquals(1, os.maps, "grown by remap, not by a new mapping");
        assertEquals(0, os.unmaps);
        assertTrue(pool.capacity(grown) >= 56 * MiB);
        assertEquals(0x1234_5678L, Mem.getLong(payload(grown)));
        assertEquals(0x9ABC_DEF0L, Mem.getLong(payload(grown) + 40 * MiB - 8));
        assertEquals(5, CellLayout.kind(grown));
        assertEquals(6, CellLayout.count(grown));
        assertEquals(1, pool.refs(grown));
        PoolStats s = pool.stats();
        assertEquals(1, s.mremapCalls());
        assertEquals(pool.capacity(grown) + HEADER, s.used());
        assertEquals(s.used(), s.mapped());
        assertSound(pool);
        pool.cd(grown);
        assertEquals(0, os.liveMappings());
        assertEquals(0, pool.used());
    }

    @Test
    void sharedLargeCellDoesNotGrowPastItsMapping() {
        long c = pool.allocate(40 * MiB, 0, 0);
        pool.ci(c);
        assertEquals(c, pool.grow(c, pool.capacity(c)), "in place needs no uniqueness");
        assertThrows(IllegalStateException.class, () -> pool.grow(c, 50 * MiB));
        assertEquals(0, os.remaps);
        assertEquals(2, pool.refs(c));
        pool.cd(c);
        pool.cd(c);
        assertEquals(0, os.liveMappings());
    }

    @Test
    void laneCellGrowsIntoALargeCell() {
        long c = pool.allocate(1000, 1, 2);
        Mem.putLong(payload(c) + 992, 42);
        long grown = pool.grow(c, 48 * MiB);
        assertEquals(LARGE_LANE, CellLayout.lane(grown));
        assertEquals(42, Mem.getLong(payload(grown) + 992));
        assertEquals(0, lane(pool, 10).inUse());
        assertEquals(1, pool.stats().largeCount());
        assertSound(pool);
        pool.cd(grown);
        assertEquals(0, pool.used());
    }

    @Test
    void releaseHookMovesWithARemappedCell() {
        long c = pool.allocate(40 * MiB, 0, 0);
        Mem.putLong(payload(c), 31);
        long[] at = {c};
        long[] seen = {0, 0};
        pool.setReleaseHook(c, () -> {
            seen[0]++;
            seen[1] = Mem.getLong(payload(at[0]));
        });
        at[0] = pool.grow(c, 60 * MiB);
        assertEquals(1, os.remaps);
        assertNotEquals(c, at[0], "the test Os always moves on remap");
        assertEquals(0, seen[0], "growing is not releasing");
        pool.cd(at[0]);
        assertEquals(1, seen[0]);
        assertEquals(31, seen[1], "the hook runs before the memory goes back");
        assertEquals(0, os.liveMappings());
    }

    @Test
    void largeCellsGiveTheirMemoryBackToTheSystemAtOnce() throws IOException {
        Pool real = new Pool(new NativeOs());
        long size = 64 * MiB;
        long before = rssKiB();
        long c = real.allocate(size, 0, 0);
        for (long off = 0; off < size; off += real.pageSize()) Mem.putByte(payload(c) + off, (byte) 1);
        long during = rssKiB();
        long riseMiB = (during - before) / 1024;
        assertTrue(riseMiB >= 56 && riseMiB < 100, "RSS rose by " + riseMiB + " MiB");
        real.cd(c);
        long dropMiB = (during - rssKiB()) / 1024;
        assertTrue(dropMiB > 48, "RSS fell by " + dropMiB + " MiB");
        assertEquals(0, real.stats().mapped());
    }

    /** Resident set size of this JVM in KiB. */
    private static long rssKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status")))
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        throw new AssertionError("no VmRSS in /proc/self/status");
    }
}

package kj.kpool;

import static kj.kpool.PoolChecks.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workspace cap and a system that refuses memory: a recoverable wsfull, never a broken pool. */
class WorkspaceCapTest {
    private final ArenaOs os = new ArenaOs();
    private final Pool pool = new Pool(os);

    @AfterEach
    void close() { os.close(); }

    @Test
    void allocatingPastTheCapThrowsAndThePoolGoesOn() {
        pool.setCap(4 * Pool.CHUNK_BYTES);
        int fits = (int) (4 * Pool.CHUNK_BYTES / 64);
        long[] cells = new long[fits];
        for (int i = 0; i < fits; i++) cells[i] = pool.allocate(48, 0, i);
        assertThrows(WorkspaceFullException.class, () -> pool.allocate(48, 0, 0));
        assertThrows(WorkspaceFullException.class, () -> pool.allocate(40 * MiB, 0, 0));
        PoolStats s = pool.stats();
        assertEquals(fits * 64L, s.used());
        assertEquals(4 * Pool.CHUNK_BYTES, s.mapped());
        assertEquals(4, s.mmapCalls());
        assertEquals(0, s.largeCount());
        assertEquals(fits, s.cellsInUse());
        assertSound(pool);

        pool.cd(cells[17]);
        cells[17] = pool.allocate(48, 0, 17);
        assertEquals(fits * 64L, pool.used());
        for (long c : cells) pool.cd(c);
        assertEquals(0, pool.used());
        assertSound(pool);

        // A new lane needs a chunk: the pool trims the free ones to stay under the cap.
        long big = pool.allocate(1000, 0, 0);
        assertEquals(4, os.unmaps);
        assertEquals(Pool.CHUNK_BYTES, pool.stats().mapped());
        pool.cd(big);
        assertEquals(0, pool.used());
        assertSound(pool);
    }

    @Test
    void largeCellsCountAgainstTheCapToo() {
        pool.setCap(64 * MiB);
        long a = pool.allocate(40 * MiB, 0, 0);
        assertThrows(WorkspaceFullException.class, () -> pool.allocate(40 * MiB, 0, 0));
        assertThrows(WorkspaceFullException.class, () -> pool.grow(a, 70 * MiB));
        assertEquals(0, os.remaps);
        assertEquals(1, pool.refs(a));
        long grown = pool.grow(a, 60 * MiB);
        assertSound(pool);
        pool.cd(grown);
        assertEquals(0, pool.used());
        assertEquals(0, os.liveMappings());
        long b = pool.allocate(40 * MiB, 0, 0);
        pool.cd(b);
        assertSound(pool);
    }

    @Test
    void capIsReadBackAndZeroMeansNone() {
        pool.setCap(-5);
        assertEquals(0, pool.cap());
        pool.setCap(123 * MiB);
        assertEquals(123 * MiB, pool.cap());
        assertEquals(123 * MiB, pool.stats().cap());
    }

    @Test
    void aSystemThatRefusesMemoryGivesWsfullAndThePoolStaysUsable() {
        long kept = pool.allocate(48, 0, 0);
        long other = pool.allocate(48, 0, 0);
        pool.cd(other);
        os.refuseMaps = true;
        assertThrows(WorkspaceFullException.class, () -> pool.allocate(1000, 0, 0));
        assertEquals(2, os.refusedMaps, "one try, a trim, one more try");
        assertThrows(WorkspaceFullException.class, () -> pool.allocate(40 * MiB, 0, 0));
        long reused = pool.allocate(48, 0, 0);
        assertEquals(other, reused, "a free cell needs nothing from the system");
        pool.cd(reused);
        PoolStats s = pool.stats();
        assertEquals(64, s.used());
        assertEquals(0, s.largeCount());
        assertEquals(1, s.mmapCalls());
        assertSound(pool);

        os.refuseMaps = false;
        long c = pool.allocate(1000, 0, 0);
        pool.cd(c);
        pool.cd(kept);
        assertEquals(0, pool.used());
        assertSound(pool);
    }

    @Test
    void aRefusedRemapLeavesTheLargeCellIntact() {
        long c = pool.allocate(40 * MiB, 0, 0);
        Mem.putLong(CellLayout.payload(c), 5);
        long before = pool.stats().mapped();
        os.refuseRemaps = true;
        assertThrows(WorkspaceFullException.class, () -> pool.grow(c, 50 * MiB));
        assertEquals(before, pool.stats().mapped());
        assertEquals(5, Mem.getLong(CellLayout.payload(c)));
        assertSound(pool);
        pool.cd(c);
        assertEquals(0, os.liveMappings());
    }

    @Test
    void requestsBeyondAnyAddressSpaceAreWsfullAndNegativeOnesAnError() {
        assertThrows(WorkspaceFullException.class, () -> pool.allocate(Long.MAX_VALUE, 0, 0));
        assertThrows(WorkspaceFullException.class, () -> pool.allocate(Long.MAX_VALUE - 15, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> pool.allocate(-1, 0, 0));
        long c = pool.allocate(8, 0, 0);
        assertThrows(WorkspaceFullException.class, () -> pool.grow(c, Long.MAX_VALUE));
        assertEquals(1, os.maps);
        pool.cd(c);
        assertSound(pool);
    }
}

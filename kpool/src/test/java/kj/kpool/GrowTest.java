package kj.kpool;

import static kj.kpool.CellLayout.*;
import static kj.kpool.PoolChecks.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Growing lane cells: in place while the lane has room, else a move that keeps header and bytes. */
class GrowTest {
    private final ArenaOs os = new ArenaOs();
    private final Pool pool = new Pool(os);
    private int childReleases;

    GrowTest() {
        pool.setChildren((cell, visit) -> childReleases++);
    }

    @AfterEach
    void close() { os.close(); }

    @Test
    void growsInPlaceWhileTheLaneHasRoom() {
        long c = pool.allocate(10, 0, 0);
        assertEquals(48, pool.capacity(c));
        assertEquals(c, pool.grow(c, 48));
        assertEquals(c, pool.grow(c, 0), "a smaller size never moves");
        assertEquals(1, lane(pool, 6).allocations());
        assertEquals(64, pool.used());
        pool.ci(c);
        assertEquals(c, pool.grow(c, 30), "in place needs no uniqueness");
        pool.cd(c);
        pool.cd(c);
    }

    @Test
    void growsPastItsLaneByMovingAndFreeingTheOldCellOnly() {
        long c = pool.allocate(40, 11, 5);
        for (int i = 0; i < 5; i++) Mem.putLong(payload(c) + 8L * i, 100 + i);
        long moved = pool.grow(c, 49);
        assertNotEquals(c, moved);
        assertEquals(7, CellLayout.lane(moved));
        assertEquals(11, CellLayout.kind(moved));
        assertEquals(5, CellLayout.count(moved));
        assertEquals(1, pool.refs(moved));
        for (int i = 0; i < 5; i++) assertEquals(100 + i, Mem.getLong(payload(moved) + 8L * i));
        assertEquals(0, childReleases, "the children now belong to the moved cell");
        assertEquals(0, lane(pool, 6).inUse());
        assertEquals(1, lane(pool, 6).freeCells());
        assertEquals(128, pool.used());
        assertSound(pool);
        assertEquals(c, pool.allocate(8, 0, 0), "the old cell is back on its free list");
        pool.cd(moved);
        assertEquals(1, childReleases);
    }

    @Test
    void sharedCellDoesNotMove() {
        long c = pool.allocate(40, 0, 0);
        pool.ci(c);
        assertThrows(IllegalStateException.class, () -> pool.grow(c, 100));
        assertEquals(2, pool.refs(c));
        assertEquals(64, pool.used());
        assertSound(pool);
    }

    @Test
    void releaseHookMovesWithTheCellAndRunsOnceAtTheEnd() {
        long c = pool.allocate(40, 0, 0);
        int[] runs = {0};
        pool.setReleaseHook(c, () -> runs[0]++);
        long moved = pool.grow(c, 1000);
        assertEquals(0, runs[0], "growing is not releasing");
        assertEquals(FLAG_HOOK, CellLayout.flags(moved) & FLAG_HOOK);
        long reused = pool.allocate(8, 0, 0);
        assertEquals(c, reused);
        pool.cd(reused);
        assertEquals(0, runs[0], "the old memory carries no hook");
        pool.cd(moved);
        assertEquals(1, runs[0]);
        assertSound(pool);
    }

    @Test
    void failedMoveLeavesTheCellAsItWas() {
        long c = pool.allocate(40, 0, 0);
        Mem.putLong(payload(c), 7);
        os.refuseMaps = true;
        assertThrows(WorkspaceFullException.class, () -> pool.grow(c, 5000));
        assertEquals(1, pool.refs(c));
        assertEquals(7, Mem.getLong(payload(c)));
        assertEquals(64, pool.used());
        assertSound(pool);
        os.refuseMaps = false;
        long moved = pool.grow(c, 5000);
        assertEquals(7, Mem.getLong(payload(moved)));
        pool.cd(moved);
        assertEquals(0, pool.used());
    }
}

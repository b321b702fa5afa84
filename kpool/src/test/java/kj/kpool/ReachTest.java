package kj.kpool;

import static kj.kpool.CellLayout.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The mark pass behind the leak check: what roots reach, what they do not, and wrong counts. */
class ReachTest {
    private static final int LEAF = 0, LIST = 2;

    private final ArenaOs os = new ArenaOs();
    private final Pool pool = new Pool(os);

    ReachTest() {
        // A LIST holds `count` child addresses in its payload.
        pool.setChildren((cell, visit) -> {
            if (kind(cell) == LIST) for (long i = 0, n = count(cell); i < n; i++) visit.accept(Mem.getLong(payload(cell) + 8 * i));
        });
    }

    @AfterEach
    void close() { os.close(); }

    private long list(long... items) {
        long l = pool.allocate(8L * items.length, LIST, items.length);
        for (int i = 0; i < items.length; i++) Mem.putLong(payload(l) + 8L * i, items[i]);
        return l;
    }

    @Test
    void everythingARootHoldsIsReachedOnceWithItsCount() {
        long shared = pool.allocate(8, LEAF, 0);
        pool.ci(shared);
        long root = list(shared, shared, pool.allocate(8, LEAF, 0));
        ReachReport r = pool.reach(root);
        assertTrue(r.ok(), r.toString());
        assertEquals(3, r.reachable());
        assertEquals(0, r.unreachable());
        pool.cd(root);
        assertEquals(0, pool.used());
    }

    @Test
    void aCellNoRootReachesIsALeak() {
        long root = list(pool.allocate(8, LEAF, 0));
        long lost = list(pool.allocate(8, LEAF, 0));
        ReachReport r = pool.reach(root);
        assertFalse(r.ok());
        assertEquals(2, r.reachable());
        assertEquals(2, r.unreachable(), "the lost list and its item");
        assertEquals(List.of(), r.miscounted());
        assertEquals(Pool.DEBUG ? 2 : 0, r.leakedCells().size(), "named in debug mode only");
        pool.cd(lost);
        assertTrue(pool.reach(root).ok());
        pool.cd(root);
    }

    @Test
    void aCountAboveItsReferencesIsReported() {
        long item = pool.allocate(8, LEAF, 0);
        long root = list(item);
        pool.ci(item);
        ReachReport r = pool.reach(root);
        assertEquals(0, r.unreachable());
        assertEquals(List.of(String.format("0x%x: count 2, 1 references", item)), r.miscounted());
        pool.cd(item);
        pool.cd(root);
        assertEquals(0, pool.used());
    }

    @Test
    void aLongChainIsWalkedWithoutRecursion() {
        long cell = pool.allocate(8, LEAF, 0);
        for (int i = 0; i < 200_000; i++) cell = list(cell);
        ReachReport r = pool.reach(cell);
        assertTrue(r.ok());
        assertEquals(200_001, r.reachable());
        pool.cd(cell);
        assertEquals(0, pool.used());
    }
}

package kj.kpool;

import static kj.kpool.CellLayout.*;
import static kj.kpool.PoolChecks.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ci/cd, uniqueness, release hooks and the release of children without recursion. */
class RefCountTest {
    /** Kinds the children function below understands. */
    private static final int LEAF = 0, LINK = 1, LIST = 2;

    private final ArenaOs os = new ArenaOs();
    private final Pool pool = new Pool(os);
    private long releaserCalls;

    RefCountTest() {
        // A LINK's payload holds one child address (0: none); a LIST holds `count` of them.
        pool.setChildren((cell, visit) -> {
            releaserCalls++;
            switch (kind(cell)) {
                case LINK -> {
                    long child = Mem.getLong(payload(cell));
                    if (child != 0) visit.accept(child);
                }
                case LIST -> {
                    for (long i = 0, n = count(cell); i < n; i++) visit.accept(Mem.getLong(payload(cell) + 8 * i));
                }
                default -> {}
            }
        });
    }

    @AfterEach
    void close() { os.close(); }

    @Test
    void ciAndCdCountReferencesAndTheLastCdFrees() {
        long c = pool.allocate(8, 0, 0);
        assertTrue(pool.isUnique(c));
        pool.ci(c);
        pool.ci(c);
        assertEquals(3, pool.refs(c));
        assertFalse(pool.isUnique(c));
        pool.cd(c);
        assertEquals(2, pool.refs(c));
        pool.cd(c);
        assertTrue(pool.isUnique(c));
        assertEquals(1, lane(pool, 6).inUse());
        assertEquals(0, releaserCalls);
        pool.cd(c);
        assertEquals(0, lane(pool, 6).inUse());
        assertEquals(1, lane(pool, 6).freeCells());
        assertEquals(1, releaserCalls);
        assertEquals(0, pool.used());
    }

    @Test
    void releaseHookRunsOnceWhenTheCellIsFreedAndSeesItsPayload() {
        long c = pool.allocate(8, 0, 0);
        Mem.putLong(payload(c), 99);
        List<Long> seen = new ArrayList<>();
        pool.setReleaseHook(c, () -> seen.add(Mem.getLong(payload(c))));
        pool.ci(c);
        pool.cd(c);
        assertEquals(List.of(), seen, "still referenced");
        pool.cd(c);
        assertEquals(List.of(99L), seen);
        long again = pool.allocate(8, 0, 0);
        assertEquals(c, again);
        assertEquals(0, CellLayout.flags(again), "a hook does not outlive its cell");
        pool.cd(again);
        assertEquals(1, seen.size());
    }

    @Test
    void childrenAreReleasedOnlyWhenTheirParentDies() {
        long child = pool.allocate(8, LEAF, 0);
        long p1 = link(child);
        pool.ci(child);
        long p2 = link(child);
        assertEquals(2, pool.refs(child), "ci is shallow: one count per parent");
        pool.cd(p1);
        assertEquals(1, pool.refs(child));
        assertEquals(2, lane(pool, 6).inUse());
        pool.cd(p2);
        assertEquals(0, pool.used());
        assertSound(pool);
    }

    @Test
    void millionDeepChainIsReleasedWithoutRecursion() throws InterruptedException {
        int depth = 1_000_000;
        long top = 0;
        for (int i = 0; i < depth; i++) top = link(top);
        int[] hookRuns = {0};
        long bottom = firstLinkBelow(top, depth - 1);
        pool.setReleaseHook(bottom, () -> hookRuns[0]++);
        assertEquals(depth, lane(pool, 6).inUse());
        long root = top;
        onSmallStack(() -> pool.cd(root));
        assertEquals(depth, releaserCalls);
        assertEquals(1, hookRuns[0]);
        assertEquals(0, pool.used());
        assertEquals(depth, lane(pool, 6).freeCells());
        assertSound(pool);
    }

    @Test
    void millionChildrenInOneListAreReleasedWithoutRecursion() throws InterruptedException {
        int n = 1_000_000;
        long list = pool.allocate(8L * n, LIST, n);
        for (int i = 0; i < n; i++) Mem.putLong(payload(list) + 8L * i, pool.allocate(8, LEAF, i));
        long shared = Mem.getLong(payload(list) + 8L * 123);
        pool.ci(shared);
        onSmallStack(() -> pool.cd(list));
        assertEquals(n, releaserCalls, "the list and every child but the shared one died");
        assertEquals(1, pool.refs(shared));
        assertEquals(123, count(shared));
        assertEquals(64, pool.used());
        pool.cd(shared);
        assertEquals(0, pool.used());
        assertSound(pool);
        // The pool keeps working after such a release.
        long c = pool.allocate(8, LEAF, 0);
        pool.cd(c);
        assertEquals(0, pool.used());
    }

    @Test
    void leafChildrenAreFreedAtOnceAndTheRestStillThroughTheirChildren() {
        pool.setLeafKinds(LEAF);
        long inner = pool.allocate(16, LIST, 2);
        Mem.putLong(payload(inner), pool.allocate(8, LEAF, 0));
        Mem.putLong(payload(inner) + 8, link(pool.allocate(8, LEAF, 0)));
        long outer = pool.allocate(24, LIST, 3);
        long kept = pool.allocate(8, LEAF, 7);
        pool.ci(kept);
        Mem.putLong(payload(outer), pool.allocate(8, LEAF, 0));
        Mem.putLong(payload(outer) + 8, inner);
        Mem.putLong(payload(outer) + 16, kept);
        long cells = lane(pool, 6).inUse();
        pool.cd(outer);
        // outer, inner and the link are visited; the four leaves that died are not
        assertEquals(3, releaserCalls);
        assertEquals(cells - 6, lane(pool, 6).inUse());
        assertEquals(1, pool.refs(kept));
        assertEquals(7, count(kept));
        pool.cd(kept);
        assertEquals(0, pool.used());
        assertSound(pool);
    }

    @Test
    void leafChildrenWithFlagsOrSharersTakeTheirOwnWayOut() {
        pool.setLeafKinds(LEAF);
        long big = pool.allocate(1L << 26, LEAF, 0); // a large cell: its mapping goes
        long hooked = pool.allocate(8, LEAF, 0);
        int[] ran = {0};
        pool.setReleaseHook(hooked, () -> ran[0]++);
        long shared = pool.allocate(8, LEAF, 5);
        pool.ci(shared);
        long list = pool.allocate(32, LIST, 4);
        long[] items = {big, hooked, shared, 0};
        for (int i = 0; i < items.length; i++) Mem.putLong(payload(list) + 8 * i, items[i]);
        long munmaps = pool.stats().munmapCalls();
        pool.cd(list);
        assertEquals(munmaps + 1, pool.stats().munmapCalls(), "the large child was unmapped");
        assertEquals(0, pool.stats().largeCount());
        assertEquals(1, ran[0], "the hook ran once");
        assertEquals(1, pool.refs(shared));
        assertEquals(5, count(shared));
        assertEquals(64, pool.used());
        pool.cd(shared);
        assertEquals(0, pool.used());
        assertSound(pool);
    }

    /** A new LINK cell owning {@code child} (0 for none). */
    private long link(long child) {
        long c = pool.allocate(8, LINK, 1);
        Mem.putLong(payload(c), child);
        return c;
    }

    private static long firstLinkBelow(long cell, int steps) {
        for (int i = 0; i < steps; i++) cell = Mem.getLong(payload(cell));
        return cell;
    }
}

package kj.kpool;

import static kj.kpool.CellLayout.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Debug mode. Runs only in the Surefire execution {@code debug-test} (see kpool/pom.xml), whose
 * JVM starts with {@code -Dkpool.debug=true}: {@link Pool#DEBUG} is fixed when the class loads.
 */
class PoolDebugTest {
    private final ArenaOs os = new ArenaOs();
    private final Pool pool = new Pool(os);

    @BeforeAll
    static void debugIsOn() {
        assertTrue(Pool.DEBUG, "run me with -Dkpool.debug=true (mvn verify does, in its debug-test execution)");
    }

    @AfterEach
    void close() { os.close(); }

    @Test
    void ciOrCdOfAFreedCellThrows() {
        long c = pool.allocate(8, 0, 0);
        pool.cd(c);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.cd(c));
        assertTrue(e.getMessage().contains(Long.toHexString(c)), e.getMessage());
        assertThrows(IllegalStateException.class, () -> pool.ci(c));
        assertTrue(pool.audit().ok(), "the refused cd changed nothing");
        assertEquals(1, PoolChecks.lane(pool, 6).freeCells());
    }

    @Test
    void cdOfAnAddressThatWasNeverACellThrows() {
        long c = pool.allocate(200, 0, 0);
        assertThrows(IllegalStateException.class, () -> pool.cd(c + 64));
        assertEquals(1, pool.refs(c));
        pool.cd(c);
    }

    @Test
    void freedMemoryIsPoisoned() {
        long c = pool.allocate(100, 3, 4);
        Mem.fill(payload(c), 112, (byte) 0x11);
        pool.cd(c);
        for (long off = 8; off < 128; off++)
            assertEquals(Pool.POISON, Mem.getByte(c + off), "byte " + off);
        assertEquals((byte) 0xDB, Pool.POISON);
    }

    @Test
    void auditListsALeakedCell() {
        long kept = pool.allocate(8, 42, 7);
        pool.cd(pool.allocate(8, 0, 0));
        AuditReport r = pool.audit();
        assertTrue(r.ok());
        assertEquals(1, r.liveCells().size());
        assertTrue(r.liveCells().getFirst().startsWith("0x" + Long.toHexString(kept) + " lane 6"),
                r.liveCells().getFirst());
        pool.cd(kept);
        assertEquals(0, pool.audit().liveCells().size());
    }

    @Test
    void movedCellsStayKnownToTheDebugRegistry() {
        long c = pool.allocate(8, 0, 0);
        long moved = pool.grow(c, 500);
        assertThrows(IllegalStateException.class, () -> pool.ci(c), "the old address is dead");
        long large = pool.grow(moved, 40 * PoolChecks.MiB);
        long larger = pool.grow(large, 50 * PoolChecks.MiB);
        assertEquals(1, pool.audit().liveCells().size());
        assertTrue(pool.audit().liveCells().getFirst().startsWith("0x" + Long.toHexString(larger)));
        pool.cd(larger);
        assertEquals(0, pool.audit().liveCells().size());
        assertEquals(0, pool.used());
    }
}

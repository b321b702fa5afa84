package kj.kpool;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit passes healthy pools and names each kind of corruption. */
class AuditTest {
    private final ArenaOs os = new ArenaOs();
    private final Pool pool = new Pool(os);
    private long a, b, c, live;

    /** Lane 6 with three free cells (list c, b, a) and one live cell. */
    @BeforeEach
    void fill() {
        a = pool.allocate(8, 0, 0);
        b = pool.allocate(8, 0, 0);
        c = pool.allocate(8, 0, 0);
        live = pool.allocate(8, 0, 0);
        pool.cd(a);
        pool.cd(b);
        pool.cd(c);
    }

    @AfterEach
    void close() { os.close(); }

    @Test
    void healthyPoolIsOk() {
        long large = pool.allocate(40 * PoolChecks.MiB, 0, 0);
        AuditReport r = pool.audit();
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(0, r.problems().size());
        assertEquals(c, pool.freeHead[6]);
        pool.cd(large);
        assertTrue(pool.audit().ok());
    }

    @Test
    void nextPointerOutsideTheLaneIsReported() {
        Mem.putLong(b, 0x1000);
        assertProblem("outside its chunks");
    }

    @Test
    void nextPointerOffACellBoundaryIsReported() {
        Mem.putLong(b, live + 8);
        assertProblem("off a cell boundary");
    }

    @Test
    void nextPointerIntoTheUncarvedRestOfTheChunkIsReported() {
        Mem.putLong(b, live + 64);
        assertProblem("uncarved");
    }

    @Test
    void cellOnTheFreeListTwiceIsReported() {
        Mem.putLong(a, b);
        assertProblem("free twice");
    }

    @Test
    void liveCellOnTheFreeListIsReported() {
        Mem.putLong(a, live);
        assertProblem("free list longer than its count 3");
    }

    @Test
    void countersThatDisagreeAreReported() {
        pool.inUse[6]++;
        assertProblem("carved");
        assertProblem("used is");
    }

    @Test
    void lostFreeCellsAreReported() {
        pool.freeHead[6] = a;
        assertProblem("1 cells on the free list, counted 3");
    }

    private void assertProblem(String part) {
        AuditReport r = pool.audit();
        assertFalse(r.ok());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains(part)), () -> "no '" + part + "' in " + r.problems());
    }
}

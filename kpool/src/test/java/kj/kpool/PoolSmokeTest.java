package kj.kpool;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PoolSmokeTest {
    @Test
    void allocateAndFreeAcrossLanesReturnsToZero() {
        Pool pool = new Pool(new NativeOs());
        long[] cells = new long[40];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = pool.allocate(1L << (i % 26), 7, i);
            Mem.putLong(CellLayout.payload(cells[i]), i);
        }
        assertTrue(pool.audit().ok(), pool.audit().problems().toString());
        for (int i = 0; i < cells.length; i++) {
            assertEquals(i, CellLayout.count(cells[i]));
            assertEquals(7, CellLayout.kind(cells[i]));
            assertEquals(i, Mem.getLong(CellLayout.payload(cells[i])));
            pool.cd(cells[i]);
        }
        assertEquals(0, pool.used());
        assertTrue(pool.audit().ok(), pool.audit().problems().toString());
    }
}

package kj.kpool;

import static kj.kpool.CellLayout.*;
import static kj.kpool.PoolChecks.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** trim() gives wholly free chunks back and keeps every chunk with a live cell. */
class TrimTest {
    private final ArenaOs os = new ArenaOs();
    private final Pool pool = new Pool(os);

    @AfterEach
    void close() { os.close(); }

    @Test
    void freeingAWholeLaneLetsTrimReturnItsChunks() {
        long[] cells = allocate(5000);
        for (long c : cells) pool.cd(c);
        assertEquals(2 * Pool.CHUNK_BYTES, pool.stats().mapped());
        assertEquals(2 * Pool.CHUNK_BYTES, pool.trim());
        PoolStats s = pool.stats();
        assertEquals(0, s.mapped());
        assertEquals(2, s.munmapCalls());
        assertEquals(0, lane(pool, 6).freeCells());
        assertEquals(0, lane(pool, 6).mappedBytes());
        assertEquals(0, os.liveMappings());
        assertSound(pool);
        assertEquals(0, pool.trim(), "nothing more to give");

        long c = pool.allocate(48, 0, 0);
        assertEquals(3, os.maps, "a fresh chunk after the trim");
        assertSound(pool);
        pool.cd(c);
    }

    @Test
    void partlyUsedChunksAreKept() {
        long[] cells = allocate(5000);
        for (int i = 0; i < 5000; i++) Mem.putLong(payload(cells[i]), i);
        for (int i = 0; i < 4096; i++) pool.cd(cells[i]);
        for (int i = 4096; i < 4200; i++) pool.cd(cells[i]);
        assertEquals(Pool.CHUNK_BYTES, pool.trim());
        assertEquals(Pool.CHUNK_BYTES, pool.stats().mapped());
        assertFalse(os.isMapped(cells[0]), "the first chunk went back");
        assertTrue(os.isMapped(cells[4096]), "the second chunk stays");
        assertEquals(104, lane(pool, 6).freeCells(), "free cells of kept chunks stay on the list");
        for (int i = 4200; i < 5000; i++) assertEquals(i, Mem.getLong(payload(cells[i])));
        assertSound(pool);

        // Allocation goes on from the kept free cells and the rest of the kept chunk.
        long[] more = allocate(3000);
        assertEquals(2, os.maps);
        long kept = cells[4096];
        for (long c : more) assertTrue(c >= kept && c < kept + Pool.CHUNK_BYTES, "in the kept chunk");
        for (long c : more) pool.cd(c);
        for (int i = 4200; i < 5000; i++) pool.cd(cells[i]);
        assertEquals(Pool.CHUNK_BYTES, pool.trim());
        assertEquals(0, pool.stats().mapped());
        assertSound(pool);
    }

    @Test
    void aPartlyCarvedChunkWhoseCellsAreAllFreeIsReturned() {
        long[] cells = allocate(10);
        for (long c : cells) pool.cd(c);
        assertEquals(Pool.CHUNK_BYTES, pool.trim());
        long c = pool.allocate(48, 0, 0);
        assertEquals(2, os.maps, "the bump region went with its chunk");
        assertTrue(os.isMapped(c));
        assertSound(pool);
        pool.cd(c);
    }

    @Test
    void trimLeavesOtherLanesAndLargeCellsAlone() {
        long small = pool.allocate(48, 0, 0);
        long large = pool.allocate(40 * MiB, 0, 0);
        long mid = pool.allocate(1000, 0, 0);
        pool.cd(mid);
        assertEquals(Pool.CHUNK_BYTES, pool.trim());
        assertTrue(os.isMapped(large));
        assertEquals(1, lane(pool, 6).inUse());
        assertSound(pool);
        pool.cd(small);
        pool.cd(large);
        pool.trim();
        assertEquals(0, pool.stats().mapped());
    }

    private long[] allocate(int n) {
        long[] cells = new long[n];
        for (int i = 0; i < n; i++) cells[i] = pool.allocate(48, 0, 0);
        return cells;
    }
}

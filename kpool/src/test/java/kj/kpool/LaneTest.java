package kj.kpool;

import static kj.kpool.CellLayout.*;
import static kj.kpool.PoolChecks.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lane choice, free-list reuse, refill in chunks, alignment and the header of a fresh cell. */
class LaneTest {
    private final ArenaOs os = new ArenaOs();
    private final Pool pool = new Pool(os);

    @AfterEach
    void close() { os.close(); }

    @Test
    void laneIsTheSmallestThatHoldsHeaderAndPayload() {
        assertEquals(6, laneFor(HEADER));
        assertEquals(6, laneFor(64));
        assertEquals(7, laneFor(65));
        for (int l = MIN_LANE; l <= MAX_LANE; l++) {
            long fits = (1L << l) - HEADER;
            long a = pool.allocate(fits, 0, 0);
            assertEquals(l, CellLayout.lane(a), "payload " + fits);
            assertEquals(fits, pool.capacity(a));
            if (l < MAX_LANE) {
                long b = pool.allocate(fits + 1, 0, 0);
                assertEquals(l + 1, CellLayout.lane(b), "payload " + (fits + 1));
                pool.cd(b);
            }
            pool.cd(a);
        }
        long zero = pool.allocate(0, 0, 0);
        assertEquals(6, CellLayout.lane(zero));
        pool.cd(zero);
        assertSound(pool);
        assertEquals(0, pool.used());
    }

    @Test
    void freshCellHasOneReferenceKindCountAndNoFlags() {
        long c = pool.allocate(100, -3, 123_456_789_012L);
        assertEquals(1, pool.refs(c));
        assertEquals(1, CellLayout.refs(c));
        assertEquals(7, CellLayout.lane(c));
        assertEquals(0, CellLayout.flags(c));
        assertEquals(-3, CellLayout.kind(c));
        assertEquals(123_456_789_012L, CellLayout.count(c));
        assertEquals(c + 16, payload(c));
        assertEquals(128, pool.used());
        pool.cd(c);
    }

    @Test
    void freeListIsLastInFirstOut() {
        long a = pool.allocate(8, 0, 0), b = pool.allocate(8, 0, 0), c = pool.allocate(8, 0, 0);
        pool.cd(a);
        pool.cd(c);
        pool.cd(b);
        assertEquals(3, lane(pool, 6).freeCells());
        assertEquals(b, pool.allocate(8, 0, 0));
        assertEquals(c, pool.allocate(8, 0, 0));
        assertEquals(a, pool.allocate(8, 0, 0));
        assertEquals(0, lane(pool, 6).freeCells());
        assertEquals(1, os.maps, "reuse needs no new memory");
        // Another lane's free cells are not reused for this one.
        long big = pool.allocate(200, 0, 0);
        pool.cd(big);
        long small = pool.allocate(8, 0, 0);
        assertNotEquals(big, small);
    }

    @Test
    void laneRefillsFromOneChunkOf4096CellsOf64Bytes() {
        long first = pool.allocate(48, 0, 0);
        assertEquals(1, os.maps);
        assertEquals(Pool.CHUNK_BYTES, os.calls.getFirst().bytes());
        assertEquals(os.calls.getFirst().address(), first);
        assertEquals(0, lane(pool, 6).freeCells(), "the chunk is carved lazily, not threaded");
        long previous = first;
        for (int i = 1; i < 4096; i++) {
            long c = pool.allocate(48, 0, 0);
            assertEquals(previous + 64, c, "bump allocation within the chunk");
            previous = c;
        }
        assertEquals(1, os.maps);
        pool.allocate(48, 0, 0);
        assertEquals(2, os.maps, "the 4097th cell needs a second chunk");
        LaneStats s = lane(pool, 6);
        assertEquals(4097, s.inUse());
        assertEquals(4097, s.allocations());
        assertEquals(2 * Pool.CHUNK_BYTES, s.mappedBytes());
        assertEquals(2 * Pool.CHUNK_BYTES, pool.stats().mapped());
        assertEquals(2, pool.stats().mmapCalls());
        assertSound(pool);
    }

    @Test
    void lanesAboveTheChunkSizeMapOneCellAtATime() {
        long a = pool.allocate((1L << 20) - HEADER, 0, 0);
        long b = pool.allocate((1L << 20) - HEADER, 0, 0);
        assertEquals(2, os.maps);
        assertEquals(1L << 20, os.calls.get(0).bytes());
        assertEquals(1L << 20, os.calls.get(1).bytes());
        pool.cd(a);
        assertEquals(a, pool.allocate(1000_000, 0, 0), "freed cell reused, still in its lane");
        assertEquals(0, os.unmaps, "lane cells stay mapped until trim");
        pool.cd(b);
    }

    @Test
    void peakAndAllocationCountsPerLane() {
        long[] cells = new long[10];
        for (int i = 0; i < 10; i++) cells[i] = pool.allocate(400, 0, 0);
        for (int i = 0; i < 10; i++) pool.cd(cells[i]);
        pool.cd(pool.allocate(400, 0, 0));
        LaneStats s = lane(pool, 9);
        assertEquals(0, s.inUse());
        assertEquals(10, s.peakInUse());
        assertEquals(11, s.allocations());
        assertEquals(10 * 512, pool.stats().peakUsed());
        assertEquals(0, pool.stats().used());
        assertEquals(0, pool.stats().cellsInUse());
    }

    @Test
    void aResetPeakMeasuresAfreshButMaxUsedKeepsTheHighest() {
        long big = pool.allocate(4000, 0, 0);
        pool.cd(big);
        pool.resetPeak();
        pool.cd(pool.allocate(400, 0, 0));
        assertEquals(512, pool.stats().peakUsed(), "the peak since the reset");
        assertEquals(4096, pool.maxUsed(), "the highest peak of all");
        pool.resetPeak();
        assertEquals(4096, pool.maxUsed(), "kept across a second reset");
    }

    @Test
    void cellsAreAlignedToTheirLaneSizeOrAPage() {
        assertAligned(pool, os.pageSize());
    }

    @Test
    void cellsFromTheRealSystemAreAlignedToo() {
        Pool real = new Pool(new NativeOs());
        assertAligned(real, real.pageSize());
        assertEquals(real.stats().mapped(), real.trim(), "every chunk comes back once all is free");
    }

    private static void assertAligned(Pool pool, long page) {
        for (int l = MIN_LANE; l <= MAX_LANE; l++) {
            long align = Math.min(1L << l, page);
            long[] cells = new long[3];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = pool.allocate((1L << (l - 1)) - HEADER + 1, 0, 0);
                assertEquals(l, CellLayout.lane(cells[i]));
                assertEquals(0, cells[i] % align, "lane " + l + " cell 0x" + Long.toHexString(cells[i]));
            }
            for (long c : cells) pool.cd(c);
        }
        assertSound(pool);
        assertEquals(0, pool.used());
    }
}

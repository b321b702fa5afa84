package kj.kpool;

import static kj.kpool.CellLayout.*;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The invariant walk behind {@link Pool#audit()}: every free-list entry lies on a cell boundary
 * inside the carved part of a chunk of its own lane, no cell is on a free list twice, each lane's
 * in-use plus free cells equal its carved cells, and the used and mapped byte totals agree with
 * the lanes, the reserve, large cells and mapped files.
 * In debug mode it also lists the live cells (lane, header words) so a test can name a leak.
 */
final class PoolAudit {
    private PoolAudit() {}

    static AuditReport run(Pool pool) {
        List<String> problems = new ArrayList<>();
        long usedFromLanes = 0;
        for (int lane = MIN_LANE; lane <= MAX_LANE; lane++) {
            checkLane(pool, lane, problems);
            usedFromLanes += pool.inUse[lane] << lane;
        }
        long largeBytes = pool.large.values().stream().mapToLong(Long::longValue).sum();
        long fileBytes = pool.mappedFiles.values().stream().mapToLong(Pool.MappedFile::mappedBytes).sum();
        if (usedFromLanes + largeBytes + fileBytes != pool.used())
            problems.add("used is " + pool.used() + " but lanes, large cells and mapped files add up to "
                    + (usedFromLanes + largeBytes + fileBytes));
        PoolStats stats = pool.stats();
        if (stats.largeBytes() != largeBytes)
            problems.add("large bytes counted " + stats.largeBytes() + ", mapped for large cells " + largeBytes);
        if (stats.largeCount() != stats.anonymousLarge().cells().current() + stats.fileBacked().cells().current())
            problems.add("large cells: " + stats.largeCount() + " mapped, anonymous and file-backed counted "
                    + stats.anonymousLarge().cells().current() + " + " + stats.fileBacked().cells().current());
        if (stats.mappedFiles().bytes().current() != fileBytes || stats.mappedFiles().cells().current() != pool.mappedFiles.size())
            problems.add("mapped files counted " + stats.mappedFiles() + ", mapped " + pool.mappedFiles.size()
                    + " of " + fileBytes + " bytes");
        long chunkBytes = stats.laneMapped();
        if (pool.reserve != null) {
            long fromReserve = 0;
            for (int lane = MIN_LANE; lane <= MAX_LANE; lane++)
                for (int i = 0; i < pool.chunks[lane].size(); i++)
                    if (pool.reserve.contains(pool.chunks[lane].base(i))) fromReserve += Pool.chunkBytes(lane);
            if (fromReserve != stats.reserveInLanes())
                problems.add("lanes hold " + fromReserve + " bytes of the reserve, counted " + stats.reserveInLanes());
        }
        if (chunkBytes + stats.reserveFree() + largeBytes + fileBytes != stats.mapped())
            problems.add("mapped is " + stats.mapped() + " but chunks, the free reserve, large cells and mapped files add up to "
                    + (chunkBytes + stats.reserveFree() + largeBytes + fileBytes));
        return new AuditReport(List.copyOf(problems), liveCells(pool));
    }

    private static void checkLane(Pool pool, int lane, List<String> problems) {
        long size = 1L << lane, chunk = Pool.chunkBytes(lane);
        Chunks cs = pool.chunks[lane];
        // One bit per cell of each chunk (not a set of boxed addresses: a free list can hold 10^6 cells)
        BitSet[] seen = new BitSet[cs.size()];
        long walked = 0;
        for (long c = pool.freeHead[lane]; c != 0; c = Mem.getLong(c)) {
            int i = cs.find(c, chunk);
            if (i < 0) {
                problems.add("lane " + lane + ": free cell 0x" + Long.toHexString(c) + " outside its chunks");
                return;
            }
            long offset = c - cs.base(i);
            if (offset % size == 0) {
                // A repeat first: a cycle would otherwise show only as a list that is too long.
                if (seen[i] == null) seen[i] = new BitSet((int) (chunk / size));
                int bit = (int) (offset / size);
                if (seen[i].get(bit)) {
                    problems.add("lane " + lane + ": cell 0x" + Long.toHexString(c) + " free twice");
                    return;
                }
                seen[i].set(bit);
            }
            if (++walked > pool.freeCells[lane]) {
                problems.add("lane " + lane + ": free list longer than its count " + pool.freeCells[lane]);
                return;
            }
            if (offset % size != 0)
                problems.add("lane " + lane + ": free cell 0x" + Long.toHexString(c) + " off a cell boundary");
            else if (offset >= pool.carvedIn(lane, cs.base(i)))
                problems.add("lane " + lane + ": free cell 0x" + Long.toHexString(c) + " in the uncarved part of its chunk");
        }
        if (walked != pool.freeCells[lane])
            problems.add("lane " + lane + ": " + walked + " cells on the free list, counted " + pool.freeCells[lane]);
        if (pool.inUse[lane] + pool.freeCells[lane] != pool.carved[lane])
            problems.add("lane " + lane + ": " + pool.inUse[lane] + " in use + " + pool.freeCells[lane]
                    + " free != " + pool.carved[lane] + " carved");
    }

    private static List<String> liveCells(Pool pool) {
        if (pool.live == null) return List.of();
        List<String> out = new ArrayList<>();
        for (long c : pool.live) out.add(describe(c));
        return out;
    }

    /** A live cell as a leak report names it: address, lane and the two header words. */
    static String describe(long c) {
        return String.format("0x%x lane %d header %016x %016x", c, lane(c), Mem.getLong(c), Mem.getLong(c + 8));
    }
}

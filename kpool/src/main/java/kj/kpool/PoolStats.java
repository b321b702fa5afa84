package kj.kpool;

import java.util.List;

/**
 * An exact snapshot of the pool. {@code used} counts whole cells (lane size, or the mapping of a
 * large cell); {@code mapped} is every byte the pool holds from the system; {@code cap} is the
 * workspace cap in bytes, 0 for none.
 */
public record PoolStats(List<LaneStats> lanes, long largeCount, long largeBytes, long used,
                        long peakUsed, long mapped, long mmapCalls, long munmapCalls,
                        long mremapCalls, long cap) {
    /** Cells in use over all lanes and large cells. */
    public long cellsInUse() {
        return largeCount + lanes.stream().mapToLong(LaneStats::inUse).sum();
    }
}

package kj.kpool;

/** One lane's counters at the moment of a {@link Pool#stats()} snapshot. */
public record LaneStats(int lane, long cellBytes, long inUse, long peakInUse, long allocations,
                        long freeCells, long mappedBytes) {
    public long usedBytes() { return inUse * cellBytes; }
}

package kj.kpool;

/**
 * One lane's counters at the moment of a {@link Pool#stats()} snapshot. The lane's mapped bytes
 * are its cells in use, its free cells, and the part of its newest chunk not yet cut into cells:
 * {@code usedBytes() + freeBytes() == mappedBytes}.
 */
public record LaneStats(int lane, long cellBytes, long inUse, long peakInUse, long allocations,
                        long freeCells, long mappedBytes) {
    public long usedBytes() { return inUse * cellBytes; }

    /** Mapped but holding no cell in use: free cells and the uncut rest of the newest chunk. */
    public long freeBytes() { return mappedBytes - usedBytes(); }

    /** Cells: in use now, the most at once, and every allocation. */
    public Stat cells() { return new Stat(inUse, peakInUse, allocations); }

    public Stat bytes() { return cells().times(cellBytes); }
}

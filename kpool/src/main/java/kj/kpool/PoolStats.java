package kj.kpool;

import java.util.List;

/**
 * An exact snapshot of the pool. {@code used} counts whole cells (lane size, the mapping of a
 * large cell or of a mapped file); {@code mapped} is every byte the pool holds from the system
 * (chunks, the reserve, large cells, mapped files); {@code cap} is the workspace cap in bytes, 0
 * for none. {@code largeCount} and {@code largeBytes} cover anonymous and file-backed large cells.
 *
 * @param anonymousLarge large cells in anonymous memory
 * @param fileBacked large cells on temp files ({@code fileDir}, above {@code fileThreshold} bytes)
 * @param mappedFiles files mapped into values
 * @param usedBytes the bytes in cells: now, the most at once, and all ever allocated
 * @param reserveBytes the reserve mapped at start-up, of which {@code reserveInLanes} lanes hold
 * @param fileDir where file-backed cells go, or null when they are off
 */
public record PoolStats(List<LaneStats> lanes, long largeCount, long largeBytes, long used,
                        long peakUsed, long mapped, long mmapCalls, long munmapCalls,
                        long mremapCalls, long cap, CellStats anonymousLarge, CellStats fileBacked,
                        CellStats mappedFiles, Stat usedBytes, long reserveBytes, long reserveInLanes,
                        String fileDir, long fileThreshold) {
    /** Cells in use over all lanes, large cells and mapped files. */
    public long cellsInUse() {
        return largeCount + mappedFiles.cells().current() + lanes.stream().mapToLong(LaneStats::inUse).sum();
    }

    /** Bytes mapped as lane chunks (the reserve's part included). */
    public long laneMapped() { return lanes.stream().mapToLong(LaneStats::mappedBytes).sum(); }

    /** The part of the reserve no lane holds yet. */
    public long reserveFree() { return reserveBytes - reserveInLanes; }
}

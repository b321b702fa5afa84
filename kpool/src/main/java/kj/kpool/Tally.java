package kj.kpool;

/** The mutable side of {@link CellStats}: cells and bytes added and removed, with their peaks. */
final class Tally {
    private long cells, peakCells, totalCells, bytes, peakBytes, totalBytes;

    void add(long cellBytes) {
        if (++cells > peakCells) peakCells = cells;
        totalCells++;
        bytes += cellBytes;
        if (bytes > peakBytes) peakBytes = bytes;
        totalBytes += cellBytes;
    }

    /** A cell changed size in place (a remap). */
    void resize(long delta) {
        bytes += delta;
        if (bytes > peakBytes) peakBytes = bytes;
        if (delta > 0) totalBytes += delta;
    }

    void remove(long cellBytes) {
        cells--;
        bytes -= cellBytes;
    }

    long cells() { return cells; }

    long bytes() { return bytes; }

    CellStats snapshot() {
        return new CellStats(new Stat(cells, peakCells, totalCells), new Stat(bytes, peakBytes, totalBytes));
    }
}

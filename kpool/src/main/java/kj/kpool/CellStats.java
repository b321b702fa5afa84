package kj.kpool;

/** The cells and the bytes of one kind of cell (a lane, large cells, mapped files...). */
public record CellStats(Stat cells, Stat bytes) {
    public static final CellStats NONE = new CellStats(Stat.NONE, Stat.NONE);
}

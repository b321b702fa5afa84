package kj.kpool;

/**
 * The one statistics type of the pool, as mimalloc's: what there is now, the most there has
 * been at once, and how much was ever added. Used for the cells and the bytes of every lane, of
 * anonymous and file-backed large cells, and of files mapped into values.
 */
public record Stat(long current, long peak, long total) {
    public static final Stat NONE = new Stat(0, 0, 0);

    /** This stat with every number multiplied by {@code factor} (cells of one size to bytes). */
    public Stat times(long factor) { return new Stat(current * factor, peak * factor, total * factor); }
}

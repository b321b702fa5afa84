package kj.kernel;

/**
 * An open-addressing map from long keys to int ids, on plain arrays (no boxing): the workhorse
 * of group, unique and find on big vectors.
 */
public final class LongTable {
    private final long[] keys;
    private final int[] ids; // id + 1; 0 marks a free slot
    private final int mask;
    private final int shift;

    public LongTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        keys = new long[cap];
        ids = new int[cap];
        mask = cap - 1;
        shift = 64 - Integer.numberOfTrailingZeros(cap);
    }

    private int slot(long k) { return (int) ((k * 0x9E3779B97F4A7C15L) >>> shift); }

    /** The id stored under k, or else stores {@code id} under k and returns -1. */
    public int putIfAbsent(long k, int id) {
        int s = slot(k);
        while (true) {
            int v = ids[s];
            if (v == 0) {
                keys[s] = k;
                ids[s] = id + 1;
                return -1;
            }
            if (keys[s] == k) return v - 1;
            s = (s + 1) & mask;
        }
    }

    /**
     * Stores each of k[from..to) under its index unless the key is there already (the first
     * index stays): a chunk's work in a method of its own, so that the JIT compiles this small
     * loop, not the caller's whole loop with all it inlines.
     */
    public void putFirsts(long[] k, int from, int to) {
        for (int i = from; i < to; i++) putIfAbsent(k[i], i);
    }

    /** r[j] = the id of k[from + j], or {@code absent}, for the m keys from {@code from}. */
    public void idsOf(long[] k, int from, int m, long[] r, int absent) {
        for (int j = 0; j < m; j++) {
            int at = get(k[from + j]);
            r[j] = at < 0 ? absent : at;
        }
    }

    /** The id stored under k, or -1. */
    public int get(long k) {
        int s = slot(k);
        while (true) {
            int v = ids[s];
            if (v == 0) return -1;
            if (keys[s] == k) return v - 1;
            s = (s + 1) & mask;
        }
    }
}

package kj.kernel;

/**
 * The on-heap chunks a kernel copies its operands into, one set per thread, reused by every
 * call. Fresh chunks per call (three 4 KiB arrays for each row of a 500-row matrix) cost more
 * than the loop once C2 has compiled it: 40-48 ms against 20-25 ms of main-thread CPU for one
 * {@code im+im+im+im+im} on 5*10^6 ints (the arrays are zeroed, cache-cold and feed the young
 * generation). A kernel takes the set at entry and calls no other kernel while it holds it.
 */
final class Scratch {
    static final int CHUNK = Elementwise.CHUNK;
    private static final ThreadLocal<Scratch> MINE = ThreadLocal.withInitial(Scratch::new);

    final long[] a = new long[CHUNK], b = new long[CHUNK], r = new long[CHUNK];
    final double[] fa = new double[CHUNK], fb = new double[CHUNK], fr = new double[CHUNK];
    final byte[] ca = new byte[CHUNK], cb = new byte[CHUNK];
    final int[] ia = new int[CHUNK], ib = new int[CHUNK];

    /** The families with a direct loop: this thread's calls of each, counted to their handover. */
    final Handover sums = new Handover(), floatSums = new Handover(), gathers = new Handover(), deltas = new Handover(1024);
    /**
     * The int and float dyads on two vectors, on an atom and a vector, and the int monads, one count per op:
     * each op's loop is a case of its own, which its own calls must have warmed before it takes
     * every item (4,096 calls of x+1 leave the loop of x|y cold, and the loops of x+y too).
     */
    final Handover[] intDyads = handovers(9), intAtoms = handovers(9), intMonads = handovers(5),
            floatDyads = handovers(9), floatAtoms = handovers(9);

    private static Handover[] handovers(int n) {
        Handover[] h = new Handover[n];
        for (int i = 0; i < n; i++) h[i] = new Handover(1024);
        return h;
    }

    /** Whole operands copied to the heap (a gather's source), grown on demand and kept. */
    private long[] longs = new long[0];
    private int[] ints = new int[0];
    private byte[] bytes = new byte[0];

    /**
     * A radix grade's two arrays of packed keys (LongSort) and a dense group's table and order
     * (Classify), kept up to {@link #KEPT} items (28 MB at most): fresh ones on every call made
     * a grade of 10^6 ints 19-21 ms instead of 13-16 and a group 39 instead of 33 in a session's
     * later calls (new young-generation pages to fault in and zero).
     */
    private long[] sortKeys = new long[0], sortSpare = new long[0];
    static final int KEPT = 1 << 20;

    private int[] groupTable = new int[0];
    private int[] groupOrder = new int[0];

    /** A zeroed table of n counts (Classify's groups), kept up to {@link #KEPT} items. */
    int[] groupTable(int n) {
        if (n > KEPT) return new int[n];
        if (groupTable.length < n) return groupTable = new int[grown(groupTable.length, n, KEPT)];
        java.util.Arrays.fill(groupTable, 0, n, 0);
        return groupTable;
    }

    int[] groupOrder(int n) { return n > KEPT ? new int[n] : (groupOrder = kept(groupOrder, n)); }

    long[] sortKeys(int n) { return n > KEPT ? new long[n] : (sortKeys = kept(sortKeys, n)); }

    long[] sortSpare(int n) { return n > KEPT ? new long[n] : (sortSpare = kept(sortSpare, n)); }

    /** A radix grade's two arrays of int records (IntRadix), kept as the long ones are. */
    private int[] sortInts = new int[0], sortIntsSpare = new int[0];

    int[] sortInts(int n) { return n > KEPT ? new int[n] : (sortInts = kept(sortInts, n)); }

    int[] sortIntsSpare(int n) { return n > KEPT ? new int[n] : (sortIntsSpare = kept(sortIntsSpare, n)); }

    /** have, or a larger array (up to {@link #KEPT}) when it holds fewer than n. */
    private static long[] kept(long[] have, int n) { return have.length >= n ? have : new long[grown(have.length, n, KEPT)]; }

    private static int[] kept(int[] have, int n) { return have.length >= n ? have : new int[grown(have.length, n, KEPT)]; }

    /** The chunks of a chain's slots (Chains), grown on demand and kept. */
    private long[][] longChunks = new long[0][];
    private double[][] doubleChunks = new double[0][];

    private Scratch() {}

    long[][] longChunks(int n) {
        if (longChunks.length < n) {
            long[][] more = java.util.Arrays.copyOf(longChunks, n);
            for (int i = longChunks.length; i < n; i++) more[i] = new long[CHUNK];
            longChunks = more;
        }
        return longChunks;
    }

    double[][] doubleChunks(int n) {
        if (doubleChunks.length < n) {
            double[][] more = java.util.Arrays.copyOf(doubleChunks, n);
            for (int i = doubleChunks.length; i < n; i++) more[i] = new double[CHUNK];
            doubleChunks = more;
        }
        return doubleChunks;
    }

    long[] longs(int n) { return longs.length >= n ? longs : (longs = new long[grown(longs.length, n)]); }

    int[] ints(int n) { return ints.length >= n ? ints : (ints = new int[grown(ints.length, n)]); }

    byte[] bytes(int n) { return bytes.length >= n ? bytes : (bytes = new byte[grown(bytes.length, n)]); }

    private static int grown(int have, int n) { return grown(have, n, Integer.MAX_VALUE - 8); }

    private static int grown(int have, int n, int most) { return Math.max(n, Math.min(have * 2, most)); }

    static Scratch get() { return MINE.get(); }
}

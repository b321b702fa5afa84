package kj.kernel;

/**
 * Grade of ints whose range needs at most two digits of 11 bits (ints in 0..2^22, such as 10^6
 * draws from 10^6, by {@link #gradeNatural}), by an LSD radix on records of one int: the first pass scatters
 * {@code high digit << indexBits | index} by the low digit, the second the bare index by the high
 * digit, and the indices are widened into the answer chunk by chunk. One digit: the indices are
 * scattered straight from the source. Against records of one long ({@code key << 32 | index}),
 * this moves about half the memory (for 10^6 ints 48 MB instead of 80, with no packed copy of
 * the keys: both histograms are counted in one pass over the source) and touches half as much
 * fresh memory in a new process. Each pass's work on a chunk is a method of its own: C2 compiles
 * each in a few milliseconds, where the OSR compile of a whole pass with the passes after it
 * inlined took 54 ms, longer than a first grade of 10^6 ints.
 */
final class IntRadix {
    private IntRadix() {}

    /** Digits of {@link #gradeNatural}: two of 11 bits, each histogram 8 KB (in L1). */
    private static final int DIGIT = 11, RADIX = 1 << DIGIT;

    /** Most ints {@link #gradeNatural} takes: an index of 21 bits beside a digit of 11. */
    static final int NATURAL_MOST = 1 << 21;

    /**
     * Writes the grade of the n ints at x (n at most {@link #NATURAL_MOST}) into the n ints at z
     * when all lie in 0..2^22 (most int vectors: indices, counts, draws), the ints read only
     * twice: one pass counts both digits of each int as it finds min and max, the next scatters
     * the records. Else answers false with range = {min, max}, for the caller's other sorts.
     * Down, the key is 2^22-1 - v, whose digits are those of v complemented (no borrow).
     */
    static boolean gradeNatural(long x, int n, boolean down, long z, long[] range) {
        Scratch s = Scratch.get();
        long[] chunk = s.a;
        int[] low = new int[RADIX], high = new int[RADIX];
        range[0] = Long.MAX_VALUE;
        range[1] = Long.MIN_VALUE;
        for (int o = 0; o < n; o += chunk.length) {
            int m = Math.min(chunk.length, n - o);
            Elementwise.load(x + ((long) o << 3), chunk, m);
            countNatural(chunk, m, low, high, range);
        }
        long min = range[0], max = range[1];
        if (min < 0 || max >= 1 << 2 * DIGIT) return false;
        if (down) {
            reverse(low);
            reverse(high);
        }
        int indexBits = 32 - Integer.numberOfLeadingZeros(n - 1);
        place(x, n, down ? -1 : 0, down ? 1 << 2 * DIGIT : 0, DIGIT, !down && max < RADIX ? 0 : DIGIT, indexBits, low, high, z);
        return true;
    }

    /** Both digits of the m ints in the chunk counted, and range = {min, max} widened to them. */
    private static void countNatural(long[] chunk, int m, int[] low, int[] high, long[] range) {
        long min = range[0], max = range[1];
        for (int i = 0; i < m; i++) {
            long v = chunk[i];
            min = Math.min(min, v);
            max = Math.max(max, v);
            low[(int) v & (RADIX - 1)]++;
            high[(int) (v >>> DIGIT) & (RADIX - 1)]++;
        }
        range[0] = min;
        range[1] = max;
    }

    /**
     * Writes the grade of the n ints at x into the n ints at z: key = v - base up, base - v down,
     * below 2^(lowBits + highBits); highBits + indexBits at most 32, and n below 2^indexBits.
     */
    static void grade(long x, int n, long base, boolean down, int lowBits, int highBits, int indexBits, long z) {
        long flip = down ? -1 : 0, add = down ? base + 1 : -base;
        int[] low = new int[1 << lowBits], high = new int[1 << highBits];
        count(x, n, flip, add, lowBits, low, high, Scratch.get().a);
        place(x, n, flip, add, lowBits, highBits, indexBits, low, high, z);
    }

    /**
     * The scatters, from the counts of each digit (no high digit when highBits is 0). The key
     * is {@code (v ^ flip) + add}, no branch in the loops (C1 compiles none away): flip 0 and
     * add -base up, flip -1 and add base + 1 down (~v is -v - 1).
     */
    private static void place(long x, int n, long flip, long add, int lowBits, int highBits, int indexBits, int[] low, int[] high, long z) {
        Scratch s = Scratch.get();
        long[] chunk = s.a;
        offsets(low);
        int[] out = s.sortInts(n);
        if (highBits == 0) {
            scatterIndices(x, n, flip, add, low, out, chunk);
        } else {
            offsets(high);
            int[] mid = s.sortIntsSpare(n);
            scatterRecords(x, n, flip, add, lowBits, indexBits, low, mid, chunk);
            int indexMask = (int) ((1L << indexBits) - 1);
            for (int o = 0; o < n; o += chunk.length) scatterIndexBits(mid, o, Math.min(chunk.length, n - o), indexBits, indexMask, high, out);
        }
        Elementwise.storeWidened(out, 0, n, z, chunk);
    }

    /** The second pass on records o..o+m of mid: each index to where its high digit's run goes next. */
    private static void scatterIndexBits(int[] mid, int o, int m, int indexBits, int indexMask, int[] at, int[] out) {
        for (int i = o; i < o + m; i++) {
            int v = mid[i];
            out[at[v >>> indexBits]++] = v & indexMask;
        }
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void count(long x, int n, long flip, long add, int lowBits, int[] low, int[] high, long[] chunk) {
        for (int o = 0; o < n; o += chunk.length) {
            int m = Math.min(chunk.length, n - o);
            Elementwise.load(x + ((long) o << 3), chunk, m);
            countChunk(chunk, m, flip, add, lowBits, low, high);
        }
    }

    private static void countChunk(long[] chunk, int m, long flip, long add, int lowBits, int[] low, int[] high) {
        int lowMask = (1 << lowBits) - 1;
        for (int i = 0; i < m; i++) {
            long k = (chunk[i] ^ flip) + add;
            low[(int) k & lowMask]++;
            high[(int) (k >>> lowBits)]++; // all in high[0] for one digit
        }
    }

    /** Each count replaced by the count of the digits before it: where its first item goes. */
    private static void offsets(int[] count) {
        int sum = 0;
        for (int d = 0; d < count.length; d++) {
            int t = count[d];
            count[d] = sum;
            sum += t;
        }
    }

    private static void scatterIndices(long x, int n, long flip, long add, int[] at, int[] out, long[] chunk) {
        for (int o = 0; o < n; o += chunk.length) {
            int m = Math.min(chunk.length, n - o);
            Elementwise.load(x + ((long) o << 3), chunk, m);
            scatterIndexChunk(chunk, o, m, flip, add, at, out);
        }
    }

    private static void scatterIndexChunk(long[] chunk, int o, int m, long flip, long add, int[] at, int[] out) {
        for (int i = 0; i < m; i++) {
            long k = (chunk[i] ^ flip) + add;
            out[at[(int) k]++] = o + i;
        }
    }

    private static void scatterRecords(long x, int n, long flip, long add, int lowBits, int indexBits, int[] at, int[] out, long[] chunk) {
        for (int o = 0; o < n; o += chunk.length) {
            int m = Math.min(chunk.length, n - o);
            Elementwise.load(x + ((long) o << 3), chunk, m);
            scatterRecordChunk(chunk, o, m, flip, add, lowBits, indexBits, at, out);
        }
    }

    private static void scatterRecordChunk(long[] chunk, int o, int m, long flip, long add, int lowBits, int indexBits, int[] at, int[] out) {
        int lowMask = (1 << lowBits) - 1;
        for (int i = 0; i < m; i++) {
            long k = (chunk[i] ^ flip) + add;
            out[at[(int) k & lowMask]++] = (int) (k >>> lowBits) << indexBits | (o + i);
        }
    }
}

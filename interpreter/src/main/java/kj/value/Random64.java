package kj.value;

/**
 * The random numbers of one workspace, the stream Kona's draws give: the 64-bit Mersenne
 * Twister (MT19937-64, Matsumoto and Nishimura) started from seed -271828, a uniform double
 * from its top 53 bits, ints below c as {@code (long)(c * u)}, and a deal as Vitter's sequential
 * sampling (method D, method A for the last few) shuffled by Knuth's algorithm P. Kona also
 * takes eight numbers, once, for its hash constants the first time it groups or finds the
 * unique items of a numeric vector or a list ({@link #hashConstants}); kj does the same so a
 * script's later draws agree.
 */
public final class Random64 {
    /** The seed Kona starts from (\r shows it). */
    public static final long START_SEED = -271828;
    private static final int N = 312, M = 156;
    private static final long MATRIX_A = 0xB5026F5AA96619E9L, UPPER = 0xFFFFFFFF80000000L, LOWER = 0x7FFFFFFFL;

    private final long[] mt = new long[N];
    private int index;
    private long seed;
    private boolean hashed;

    public Random64() { seed(START_SEED); }

    /** Restarts the generator from seed s (the hash constants, once taken, stay). */
    public void seed(long s) {
        seed = s;
        mt[0] = s;
        for (int i = 1; i < N; i++) mt[i] = 6364136223846793005L * (mt[i - 1] ^ (mt[i - 1] >>> 62)) + i;
        index = N;
    }

    public long seed() { return seed; }

    /** The next 64 random bits. */
    public long next() {
        if (index >= N) refill();
        long x = mt[index++];
        x ^= (x >>> 29) & 0x5555555555555555L;
        x ^= (x << 17) & 0x71D67FFFEDA60000L;
        x ^= (x << 37) & 0xFFF7EEE000000000L;
        x ^= x >>> 43;
        return x;
    }

    private void refill() {
        for (int i = 0; i < N; i++) {
            long x = (mt[i] & UPPER) | (mt[(i + 1) % N] & LOWER);
            long y = mt[(i + M) % N] ^ (x >>> 1);
            mt[i] = (x & 1) == 0 ? y : y ^ MATRIX_A;
        }
        index = 0;
    }

    /** Uniform in [0,1), 53 bits. */
    public double unit() { return (next() >>> 11) * 0x1.0p-53; }

    /** Uniform in [0,c) for c &gt; 0, as Kona scales: the product truncated. */
    public long below(long c) { return (long) (c * unit()); }

    /** a[0..m) = the next m draws below c ({@link #below}), in the stream's order. */
    public void below(long c, long[] a, int m) {
        for (int i = 0; i < m; i++) a[i] = below(c);
    }

    /** a[0..m) = the next m uniform doubles ({@link #unit}). */
    public void units(double[] a, int m) {
        for (int i = 0; i < m; i++) a[i] = unit();
    }

    /** The first time a workspace hashes numbers or lists, Kona draws its eight hash constants. */
    public void hashConstants() {
        if (hashed) return;
        hashed = true;
        for (int i = 0; i < 8; i++) next();
    }

    /** n distinct values from [0,m) in random order (n &lt;= m). */
    public long[] deal(int n, long m) {
        long[] a = new long[n];
        sample(a, n, m);
        for (int j = n - 1; j > 0; j--) {
            int k = (int) ((1 + j) * unit());
            long s = a[j];
            a[j] = a[k];
            a[k] = s;
        }
        return a;
    }

    /** Vitter's method D: n sorted values from [0,total) into a (n may be 0: one number is still drawn). */
    private void sample(long[] a, int n, long total) {
        int i = 0;
        long j = -1, big = total, qu1 = total - n + 1, threshold = 13L * n, s = 0;
        double nreal = n, bigReal = total, ninv = 1.0 / n, nmin1inv, qu1real = (-nreal + 1.0) + bigReal;
        double vprime = Math.exp(Math.log(unit()) * ninv), negS = 0;
        while (n > 1 && threshold < big) {
            nmin1inv = 1.0 / (nreal - 1.0);
            while (true) {
                double x;
                while (true) {
                    x = bigReal * (1.0 - vprime);
                    s = (long) Math.floor(x);
                    if (s < qu1) break;
                    vprime = Math.exp(Math.log(unit()) * ninv);
                }
                double u = unit();
                negS = -s;
                double y1 = Math.exp(Math.log(u * bigReal / qu1real) * nmin1inv);
                vprime = y1 * (1.0 - x / bigReal) * (qu1real / (negS + qu1real));
                if (vprime <= 1.0) break;
                double y2 = 1.0, top = bigReal - 1.0, bottom;
                long limit;
                if (n - 1 > s) {
                    bottom = bigReal - nreal;
                    limit = big - s;
                } else {
                    bottom = (-1.0 + negS) + bigReal;
                    limit = qu1;
                }
                for (long t = big - 1; t >= limit; t--) {
                    y2 = (y2 * top) / bottom;
                    top--;
                    bottom--;
                }
                if (bigReal / (bigReal - x) >= y1 * Math.exp(Math.log(y2) * nmin1inv)) {
                    vprime = Math.exp(Math.log(unit()) * nmin1inv);
                    break;
                }
                vprime = Math.exp(Math.log(unit()) * ninv);
            }
            j += s + 1;
            a[i++] = j;
            big = big - 1 - s;
            bigReal = negS + (bigReal - 1.0);
            n--;
            nreal--;
            ninv = nmin1inv;
            qu1 -= s;
            qu1real += negS;
            threshold -= 13;
        }
        if (n > 1) methodA(a, i, n, big, j);
        else if (n == 1) a[i] = j + (long) Math.floor(big * vprime) + 1;
    }

    /** Vitter's method A, for the last n values from [0,total) after j. */
    private void methodA(long[] a, int i, int n, long total, long j) {
        double top = total - n, bigReal = total;
        while (n >= 2) {
            double v = unit(), quot = top / bigReal;
            long s = 0;
            while (quot > v) {
                s++;
                top--;
                bigReal--;
                quot = (quot * top) / bigReal;
            }
            j += s + 1;
            a[i++] = j;
            bigReal--;
            n--;
        }
        j += (long) Math.floor(Math.rint(bigReal) * unit()) + 1;
        a[i] = j;
    }
}

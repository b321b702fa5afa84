package kj.kernel;

import java.lang.foreign.MemorySegment;
import kj.kpool.Mem;

/**
 * Group and unique keys: each item's class numbered by first occurrence, over long keys that
 * are equal exactly when the items are (ints, float bits, symbol ids) or over chars. A key range
 * under about 2n is classified by a dense table indexed by (key - min), a wider one by hashing
 * ({@link LongTable}). The classes' sizes are counted on the way, so grouping the indices by
 * class is one more pass.
 */
public final class Classify {
    private Classify() {}

    /** Each item's class, the first index and the size of each class, and how many classes there are. */
    public record Classes(int[] id, int[] first, int[] size, int count) {}

    /** The n ints at the payload address x as long keys (one bulk copy). */
    public static long[] ints(long x, int n) {
        long[] k = new long[n];
        Mem.getLongs(x, k, n);
        return k;
    }

    /** Classes of the n long keys. */
    public static Classes longs(long[] k, int n) {
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long v = k[i];
            if (v < min) min = v;
            if (v > max) max = v;
        }
        Classes c = new Classes(new int[n], new int[n], new int[n], 0);
        int count = dense(min, max, n) ? denseChunk(k, 0, n, min, c, 0, new int[(int) (max - min) + 1])
                : hashChunk(k, 0, n, c, 0, new LongTable(n));
        return new Classes(c.id, c.first, c.size, count);
    }

    /** Classes of the n ints at the payload address x, read in chunks (no copy of the keys). */
    public static Classes ofInts(long x, int n) {
        long[] a = new long[Elementwise.chunk(Math.max(n, 1))];
        return ofInts(x, n, a, range(x, n, a));
    }

    /** {@link #ofInts} with the range r = {min, max} known, read through the chunk a. */
    private static Classes ofInts(long x, int n, long[] a, long[] r) {
        int ch = a.length;
        long min = r[0], max = r[1];
        Classes c = new Classes(new int[n], new int[n], new int[n], 0);
        boolean dense = dense(min, max, n);
        int[] seen = dense ? new int[(int) (max - min) + 1] : null;
        LongTable t = dense ? null : new LongTable(n);
        int count = 0;
        for (int o = 0; o < n; o += ch) {
            int m = Math.min(ch, n - o);
            Elementwise.load(x + ((long) o << 3), a, m);
            count = dense ? denseChunk(a, o, m, min, c, count, seen) : hashChunk(a, o, m, c, count, t);
        }
        return new Classes(c.id, c.first, c.size, count);
    }

    /** Whether n keys from min to max are few enough to index a table by key - min (about 2n slots at most). */
    static boolean dense(long min, long max, int n) {
        long range = max - min;
        return n > 0 && range >= 0 && range < 2L * n + 1024;
    }

    /** Classifies the m keys a[0..m), items o.. of x, by a table indexed by key - min (class + 1); answers the count so far. */
    private static int denseChunk(long[] a, int o, int m, long min, Classes c, int count, int[] seen) {
        int[] id = c.id, first = c.first, size = c.size;
        for (int j = 0; j < m; j++) {
            int s = (int) (a[j] - min);
            int v = seen[s] - 1;
            if (v < 0) {
                v = count++;
                seen[s] = count;
                first[v] = o + j;
            }
            id[o + j] = v;
            size[v]++;
        }
        return count;
    }

    /** As {@link #denseChunk} by hashing. */
    private static int hashChunk(long[] a, int o, int m, Classes c, int count, LongTable t) {
        int[] id = c.id, first = c.first, size = c.size;
        for (int j = 0; j < m; j++) {
            int v = t.putIfAbsent(a[j], count);
            if (v < 0) {
                first[count] = o + j;
                v = count++;
            }
            id[o + j] = v;
            size[v]++;
        }
        return count;
    }

    /** Classes of the n chars at the payload address x. */
    public static Classes chars(long x, int n) {
        int[] seen = new int[256];
        int[] id = new int[n], first = new int[Math.min(n, 256)], size = new int[Math.min(n, 256)];
        int count = 0;
        int c = Elementwise.chunk(Math.max(n, 1));
        byte[] b = new byte[c];
        for (int o = 0; o < n; o += c) {
            int m = Math.min(c, n - o);
            MemorySegment.copy(Mem.ALL, Mem.BYTE, x + o, b, 0, m);
            for (int j = 0; j < m; j++) {
                int ch = b[j] & 0xFF;
                int v = seen[ch] - 1;
                if (v < 0) {
                    v = count++;
                    seen[ch] = count;
                    first[v] = o + j;
                }
                id[o + j] = v;
                size[v]++;
            }
        }
        return new Classes(id, first, size, count);
    }

    /**
     * The indices 0..n) grouped by class, classes in order of first occurrence: class g's
     * indices, ascending, are {@code order[start[g] .. start[g + 1])}.
     */
    public record Groups(int[] order, int[] start, int count) {
        public int size(int g) { return start[g + 1] - start[g]; }

        /** Writes class g's indices to the int payload at z (room for {@link #size}). */
        public void copyTo(int g, long z) {
            int from = start[g], len = start[g + 1] - from;
            if (len <= 4) { // most groups of distinct-ish keys: a bulk copy's checks cost more
                for (int j = 0; j < len; j++) Mem.putLong(z + 8L * j, order[from + j]);
            } else {
                Elementwise.storeWidened(order, from, len, z, Scratch.get().a);
            }
        }
    }

    /** The groups of the classes c of n items (one counting pass over the class ids). */
    public static Groups groups(Classes c, int n) {
        int[] next = new int[c.count()], start = new int[c.count() + 1];
        int at = 0;
        for (int g = 0; g < c.count(); g++) {
            start[g] = next[g] = at;
            at += c.size()[g];
        }
        start[c.count()] = at;
        int[] order = new int[n];
        int[] id = c.id();
        for (int i = 0; i < n; i++) order[next[id[i]]++] = i;
        return new Groups(order, start, c.count());
    }

    /**
     * The groups of the n ints at the payload x. A key range under about 2n takes three chunked
     * passes over x and a table indexed by key - min: the range, each key's count, then each
     * index placed in its group's run, the table holding where the next one goes; a wider range
     * is classified by hashing first. Each pass's work on a chunk is a method of its own, so the
     * JIT compiles it after a few chunks, not at the end of a long loop. The groups' order may be
     * the thread's scratch array: they are read before the next kernel runs.
     */
    public static Groups groupInts(long x, int n) {
        int ch = Elementwise.chunk(Math.max(n, 1));
        long[] a = new long[ch];
        long[] r = range(x, n, a);
        long min = r[0];
        if (!dense(min, r[1], n)) return groups(ofInts(x, n, a, r), n);
        Scratch sc = Scratch.get();
        int[] tab = sc.groupTable((int) (r[1] - min) + 1);
        int count = 0;
        for (int o = 0; o < n; o += ch) {
            int m = Math.min(ch, n - o);
            Elementwise.load(x + ((long) o << 3), a, m);
            count += countChunk(a, m, min, tab);
        }
        Placer p = new Placer(min, tab, sc.groupOrder(n), new int[count + 1]);
        for (int o = 0; o < n; o += ch) {
            int m = Math.min(ch, n - o);
            Elementwise.load(x + ((long) o << 3), a, m);
            p.place(a, o, m);
        }
        p.start[count] = n;
        return new Groups(p.order, p.start, count);
    }

    /** Counts each of the m keys in tab[key - min]; answers how many were new. */
    private static int countChunk(long[] a, int m, long min, int[] tab) {
        int fresh = 0;
        for (int j = 0; j < m; j++) {
            int s = (int) (a[j] - min), c = tab[s];
            tab[s] = c + 1;
            fresh += (c - 1) >>> 31; // 1 when c was 0, with no branch (new or not is a coin toss for draws)
        }
        return fresh;
    }

    /** The second pass of {@link #groupInts}: tab holds a key's count until its first index, then ~(where its next index goes). */
    private static final class Placer {
        final long min;
        final int[] tab, start;
        final int[] order;
        int groups, at;

        Placer(long min, int[] tab, int[] order, int[] start) {
            this.min = min;
            this.tab = tab;
            this.order = order;
            this.start = start;
        }

        /** Places the indices o.. of the m keys. */
        void place(long[] a, int o, int m) {
            int[] tab = this.tab;
            int[] order = this.order;
            int g = groups, next = at;
            for (int j = 0; j < m; j++) {
                // e > 0 is a count: the key's first index starts its group's run at next. No
                // branch on it: start[g] is written either way (start has a slot past the last
                // group) and g moves on only for a first index.
                int s = (int) (a[j] - min), e = tab[s];
                int first = -e >>> 31, mask = -first;
                int p = next & mask | ~e & ~mask;
                start[g] = next;
                g += first;
                next += e & mask;
                order[p] = o + j;
                tab[s] = ~(p + 1);
            }
            groups = g;
            at = next;
        }
    }

    /** The least and greatest of the n ints at the payload x, read in chunks through a. */
    static long[] range(long x, int n, long[] a) {
        long[] r = {Long.MAX_VALUE, Long.MIN_VALUE};
        for (int o = 0; o < n; o += a.length) {
            int m = Math.min(a.length, n - o);
            Elementwise.load(x + ((long) o << 3), a, m);
            minMax(a, m, r);
        }
        return r;
    }

    /** r = {min, max} widened to the m keys of a. */
    static void minMax(long[] a, int m, long[] r) {
        long min = r[0], max = r[1];
        for (int j = 0; j < m; j++) {
            long v = a[j];
            if (v < min) min = v;
            if (v > max) max = v;
        }
        r[0] = min;
        r[1] = max;
    }

    /**
     * ?x on the n ints at the payload x when their range is under 8n + 4096: writes the first
     * occurrences, in order, to the payload z (room for n) and answers how many; -1 for a wider
     * range, with nothing written. Ints in 0..2n + 4096 (indices, draws, counts) take one pass
     * over x, a bit per value (a bit set of n/4 bytes, not the 8n/4 of the widest range); others
     * (found at the first one outside) a pass for the range first, then the bits from min.
     */
    public static int uniqueInts(long x, int n, long z) {
        if (n == 0) return 0;
        long[] a = new long[Elementwise.chunk(n)];
        int count = uniqueFrom(x, n, z, a, 0, 2L * n + 4096);
        if (count >= 0) return count;
        long[] r = range(x, n, a);
        long range = r[1] - r[0];
        if (range < 0 || range >= 8L * n + 4096) return -1;
        return uniqueFrom(x, n, z, a, r[0], range + 1);
    }

    /** {@link #uniqueInts} by a bit for each int v at v - min; -1 at the first v - min outside 0..limit. */
    private static int uniqueFrom(long x, int n, long z, long[] a, long min, long limit) {
        long[] seen = new long[(int) (limit >>> 6) + 1];
        long[] out = Scratch.get().r;
        int c = a.length, count = 0;
        for (int o = 0; o < n; o += c) {
            int m = Math.min(c, n - o);
            Elementwise.load(x + ((long) o << 3), a, m);
            int j = firstsInChunk(a, m, min, limit, seen, out);
            if (j < 0) return -1;
            Elementwise.store(out, z + ((long) count << 3), j);
            count += j;
        }
        return count;
    }

    /** The chunk's values not seen before into out, in order: how many; -1 at one outside 0..limit from min. */
    private static int firstsInChunk(long[] a, int m, long min, long limit, long[] seen, long[] out) {
        int j = 0;
        for (int k = 0; k < m; k++) {
            long v = a[k], s = v - min;
            if (Long.compareUnsigned(s, limit) >= 0) return -1;
            // no branch on the bit (a new value or not is a coin toss for draws): v is
            // written either way and kept by counting it when its bit was clear
            int w = (int) (s >>> 6);
            long word = seen[w];
            seen[w] = word | 1L << s;
            out[j] = v;
            j += (int) (~word >>> s) & 1;
        }
        return j;
    }

    /**
     * ?x on the n long keys: moves the first occurrence of each value, in order, to the front of
     * k and answers how many there are. A bit per value when the range is small, else a hash.
     */
    public static int unique(long[] k, int n) {
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long v = k[i];
            if (v < min) min = v;
            if (v > max) max = v;
        }
        long range = max - min;
        int count = 0;
        if (n > 0 && range >= 0 && range < 8L * n + 4096) {
            long[] seen = new long[(int) (range >>> 6) + 1];
            for (int i = 0; i < n; i++) {
                long v = k[i], s = v - min;
                int w = (int) (s >>> 6);
                long word = seen[w];
                seen[w] = word | 1L << s;
                k[count] = v; // count <= i: the first occurrences move down in place
                count += (int) (~word >>> s) & 1;
            }
        } else {
            LongTable t = new LongTable(n);
            for (int i = 0; i < n; i++) {
                long v = k[i];
                if (t.putIfAbsent(v, count) < 0) k[count++] = v;
            }
        }
        return count;
    }
}

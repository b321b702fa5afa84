package kj.shape;

import static kj.value.K.*;

import kj.kernel.LongTable;
import kj.prim.Match;
import kj.error.KError;
import kj.kpool.Mem;
import kj.value.ListBuilder;

/**
 * =x groups the indices of equal items, ?x keeps the first of each; both in order of first
 * occurrence. Simple vectors are classified by hashing long keys (floats by their exact value,
 * as Kona does), chars by a table, general lists by sorting and matching neighbours.
 */
public final class Group {
    private Group() {}

    /** Each item's class (numbered by first occurrence), the first index of each class. */
    record Classes(int[] id, int[] first, int count) {}

    public static long group(long x) {
        if (type(x) > 0) throw KError.rank();
        int n = Grade.size(x);
        Classes c = classify(x, n);
        int[] id = c.id;
        // A counting sort of the indices by class, so each group's cell is filled as it is made
        // (one pass in address order) rather than scattered over all the cells.
        int[] end = new int[c.count + 1];
        for (int i = 0; i < n; i++) end[id[i] + 1]++;
        for (int g = 0; g < c.count; g++) end[g + 1] += end[g];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[end[id[i]]++] = i; // end[g] moves to the end of group g
        return ListBuilder.map(c.count, g -> {
            int from = g == 0 ? 0 : end[(int) g - 1], to = end[(int) g];
            long v = newVec(INTV, to - from);
            for (int j = from; j < to; j++) setI(v, j - from, order[j]);
            return v;
        });
    }

    public static long unique(long x) {
        if (type(x) > 0) throw KError.rank();
        int n = Grade.size(x);
        if (type(x) == INTV) return uniqueInts(x, n);
        Classes c = classify(x, n);
        if (c.count == n) return ci(x);
        long[] idx = new long[c.count];
        for (int g = 0; g < c.count; g++) idx[g] = c.first[g];
        if (type(x) != LIST) return Build.gather(x, idx, c.count);
        return ListBuilder.map(c.count, g -> ci(getL(x, idx[(int) g])));
    }

    /** ?x of ints: a bit per value when the range is small, else a hash set; the values kept in order. */
    private static long uniqueInts(long x, int n) {
        long[] k = new long[n];
        Mem.getLongs(data(x), k, n);
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, k[i]);
            max = Math.max(max, k[i]);
        }
        long range = max - min;
        int count = 0;
        if (n > 0 && range >= 0 && range < 8L * n + 4096) {
            long[] seen = new long[(int) (range >>> 6) + 1];
            for (int i = 0; i < n; i++) {
                long v = k[i], s = v - min;
                int w = (int) (s >>> 6);
                long bit = 1L << s, word = seen[w];
                if ((word & bit) == 0) {
                    seen[w] = word | bit;
                    k[count++] = v; // count <= i: the first occurrences move down in place
                }
            }
        } else {
            LongTable t = new LongTable(n);
            for (int i = 0; i < n; i++) {
                long v = k[i];
                if (t.putIfAbsent(v, count) < 0) k[count++] = v;
            }
        }
        if (count == n) return ci(x);
        long z = newVec(INTV, count);
        Mem.putLongs(k, data(z), count);
        return z;
    }

    static Classes classify(long x, int n) {
        return switch (type(x)) {
            case CHARV -> chars(x, n);
            case LIST -> list(x, n);
            default -> longs(keys(x, n), n);
        };
    }

    /** Keys equal exactly when items are: ints, float bits (one 0 and one 0n), symbol ids. */
    private static long[] keys(long x, int n) {
        long[] k = new long[n];
        switch (type(x)) {
            case INTV -> Mem.getLongs(data(x), k, n);
            case FLOATV -> {
                for (int i = 0; i < n; i++) {
                    double d = getF(x, i);
                    k[i] = d == 0 ? 0 : Double.doubleToLongBits(d);
                }
            }
            default -> { for (int i = 0; i < n; i++) k[i] = getS(x, i); }
        }
        return k;
    }

    static Classes longs(long[] k, int n) {
        int[] id = new int[n], first = new int[n];
        int count = 0;
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, k[i]);
            max = Math.max(max, k[i]);
        }
        long range = max - min;
        if (n > 0 && range >= 0 && range < 2L * n + 1024) {
            int[] seen = new int[(int) range + 1]; // class + 1
            for (int i = 0; i < n; i++) {
                int s = (int) (k[i] - min);
                int v = seen[s];
                if (v == 0) {
                    seen[s] = v = ++count;
                    first[v - 1] = i;
                }
                id[i] = v - 1;
            }
        } else {
            LongTable t = new LongTable(n);
            for (int i = 0; i < n; i++) {
                int v = t.putIfAbsent(k[i], count);
                if (v < 0) {
                    first[count] = i;
                    v = count++;
                }
                id[i] = v;
            }
        }
        return new Classes(id, first, count);
    }

    private static Classes chars(long x, int n) {
        int[] seen = new int[256];
        int[] id = new int[n], first = new int[Math.min(n, 256)];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int c = getC(x, i);
            int v = seen[c];
            if (v == 0) {
                seen[c] = v = ++count;
                first[v - 1] = i;
            }
            id[i] = v - 1;
        }
        return new Classes(id, first, count);
    }

    /** Sorts the items, then items that match their sorted neighbour share its class. */
    private static Classes list(long x, int n) {
        int[] order = Grade.list(x, n, false);
        int[] rep = new int[n];
        for (int s = 0; s < n; s++) {
            int i = order[s];
            rep[i] = s > 0 && Match.match(getL(x, order[s - 1]), getL(x, i)) ? rep[order[s - 1]] : i;
        }
        int[] cls = new int[n];
        java.util.Arrays.fill(cls, -1);
        int[] id = new int[n], first = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int r = rep[i];
            if (cls[r] < 0) {
                cls[r] = count;
                first[count++] = i;
            }
            id[i] = cls[r];
        }
        return new Classes(id, first, count);
    }
}

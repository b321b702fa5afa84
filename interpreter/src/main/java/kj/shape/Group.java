package kj.shape;

import static kj.value.K.*;

import kj.kernel.Classify;
import kj.kernel.Search;
import kj.kernel.Classify.Classes;
import kj.kernel.Classify.Groups;
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

    public static long group(long x) {
        if (type(x) > 0) throw KError.rank();
        int n = Grade.size(x);
        Groups gs = type(x) == INTV ? Classify.groupInts(data(x), n) : Classify.groups(classify(x, n), n);
        try (ListBuilder b = new ListBuilder(gs.count())) {
            long[] cells = new long[Math.min(gs.count(), 512)];
            kj.kpool.Pool p = pool();
            for (int g = 0; g < gs.count(); g += cells.length) addCells(b, gs, g, Math.min(cells.length, gs.count() - g), cells, p);
            return b.build();
        }
    }

    /** Makes the cells of groups g.. (m of them) and adds them to b, even when one fails half-way. */
    private static void addCells(ListBuilder b, Groups gs, int g, int m, long[] cells, kj.kpool.Pool p) {
        int k = 0;
        try {
            for (; k < m; k++) {
                long v = newVec(p, INTV, gs.size(g + k));
                gs.copyTo(g + k, data(v));
                cells[k] = v;
            }
        } finally {
            b.addAll(cells, k);
        }
    }

    public static long unique(long x) {
        if (type(x) > 0) throw KError.rank();
        int n = Grade.size(x);
        if (type(x) == INTV) return uniqueInts(x, n);
        Classes c = classify(x, n);
        if (c.count() == n) return ci(x);
        long[] idx = new long[c.count()];
        for (int g = 0; g < c.count(); g++) idx[g] = c.first()[g];
        if (type(x) != LIST) return Build.gather(x, idx, c.count());
        return ListBuilder.map(c.count(), g -> ci(getL(x, idx[(int) g])));
    }

    /** ?x of ints: the values kept in order; a narrow range straight into the answer's cell. */
    private static long uniqueInts(long x, int n) {
        long z = newVec(INTV, n);
        int m = Classify.uniqueInts(data(x), n, data(z));
        if (m == n) {
            cd(z);
            return ci(x);
        }
        if (m >= n / 2) {
            setN(z, m);
            return z;
        }
        long[] k;
        int count;
        try {
            if (m >= 0) { // few values: a cell of their size, not of n
                k = new long[m];
                Mem.getLongs(data(z), k, m);
                count = m;
            } else {
                k = Classify.ints(data(x), n);
                count = Classify.unique(k, n);
            }
        } finally {
            cd(z);
        }
        if (count == n) return ci(x);
        long r = newVec(INTV, count);
        Mem.putLongs(k, data(r), count);
        return r;
    }

    static Classes classify(long x, int n) {
        return switch (type(x)) {
            case CHARV -> Classify.chars(data(x), n);
            case LIST -> list(x, n);
            case INTV -> Classify.ofInts(data(x), n);
            default -> Classify.longs(keys(x, n), n);
        };
    }

    /** Keys equal exactly when items are: float bits (one 0 and one 0n), symbol ids. */
    private static long[] keys(long x, int n) {
        return type(x) == FLOATV ? Search.floatKeys(data(x), n, false) : Search.keys(data(x), n, width(SYMV));
    }

    /** Sorts the items, then items that match their sorted neighbour share its class. */
    private static Classes list(long x, int n) {
        int[] order = Grade.listOrder(x, n, false);
        int[] rep = new int[n];
        for (int s = 0; s < n; s++) {
            int i = order[s];
            rep[i] = s > 0 && Match.match(getL(x, order[s - 1]), getL(x, i)) ? rep[order[s - 1]] : i;
        }
        int[] cls = new int[n];
        java.util.Arrays.fill(cls, -1);
        int[] id = new int[n], first = new int[n], size = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int r = rep[i];
            if (cls[r] < 0) {
                cls[r] = count;
                first[count++] = i;
            }
            id[i] = cls[r];
            size[cls[r]]++;
        }
        return new Classes(id, first, size, count);
    }
}

package kj.shape;

import static kj.value.K.*;

import kj.kernel.LongSort;
import kj.kernel.Search;
import kj.error.KError;
import kj.value.ListBuilder;
import kj.value.Sym;

/**
 * &lt;x and &gt;x: the indices that order x up or down, equal items kept in their order. Ints,
 * floats and symbols are graded as long keys (symbols by the rank of their text), chars by
 * counting, general lists by a merge sort with {@link Order}.
 */
public final class Grade {
    private Grade() {}

    public static long grade(long x, boolean down) {
        int t = type(x);
        if (t > 0) throw KError.rank();
        int n = size(x);
        if (t == INTV) return ListBuilder.fill(newVec(INTV, n), z -> LongSort.gradeInts(data(x), n, down, data(z)));
        if (t == CHARV) return ListBuilder.fill(newVec(INTV, n), z -> LongSort.gradeBytes(data(x), n, down, data(z)));
        return Build.ints(switch (t) {
            case LIST -> list(x, n, down);
            default -> LongSort.grade(keys(x, n), n, down);
        }, n);
    }

    /** The count of x as an int index, refusing vectors too long to grade. */
    public static int size(long x) {
        long n = n(x);
        if (n > Integer.MAX_VALUE - 8) throw new KError.Limit();
        return (int) n;
    }

    /**
     * Long keys ordered as the items of the int, float or symbol vector x: floats map to
     * their bits made signed-comparable (0n lowest, -0.0 as 0.0), symbols to text ranks.
     */
    static long[] keys(long x, int n) {
        return switch (type(x)) {
            case INTV -> Search.keys(data(x), n, 8);
            case FLOATV -> Search.floatKeys(data(x), n, true);
            default -> {
                long[] k = Search.keys(data(x), n, width(SYMV)); // the symbol ids, made their ranks
                int[] rank = symRanks(k, n);
                for (int i = 0; i < n; i++) k[i] = rank[(int) k[i]];
                yield k;
            }
        };
    }

    /** For each of the n symbol ids, its rank by text among the distinct ones. */
    private static int[] symRanks(long[] syms, int n) {
        int[] rank = new int[Sym.count()];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            int s = (int) syms[i];
            if (rank[s] == 0) {
                rank[s] = 1;
                distinct++;
            }
        }
        Integer[] ids = new Integer[distinct];
        int k = 0;
        for (int s = 0; s < rank.length; s++) if (rank[s] != 0) ids[k++] = s;
        java.util.Arrays.sort(ids, (a, b) -> Sym.compare(a, b));
        for (int r = 0; r < distinct; r++) rank[ids[r]] = r;
        return rank;
    }

    /** Stable merge sort of a general list's indices. */
    static long[] list(long x, int n, boolean down) {
        int[] idx = listOrder(x, n, down);
        long[] z = new long[n];
        for (int i = 0; i < n; i++) z[i] = idx[i];
        return z;
    }

    /** The stable order of a general list's items, as ints. */
    static int[] listOrder(long x, int n, boolean down) {
        int[] idx = new int[n], tmp = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        mergeSort(x, idx, tmp, 0, n, down);
        return idx;
    }

    private static boolean inOrder(long x, int i, int j, boolean down) {
        int c = Order.compare(getL(x, i), getL(x, j));
        return down ? c >= 0 : c <= 0;
    }

    private static void mergeSort(long x, int[] a, int[] tmp, int lo, int hi, boolean down) {
        if (hi - lo < 12) {
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i], j = i;
                while (j > lo && !inOrder(x, a[j - 1], v, down)) {
                    a[j] = a[j - 1];
                    j--;
                }
                a[j] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(x, a, tmp, lo, mid, down);
        mergeSort(x, a, tmp, mid, hi, down);
        if (inOrder(x, a[mid - 1], a[mid], down)) return;
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) a[k++] = inOrder(x, tmp[i], tmp[j], down) ? tmp[i++] : tmp[j++];
        while (i < mid) a[k++] = tmp[i++];
        while (j < hi) a[k++] = tmp[j++];
    }
}

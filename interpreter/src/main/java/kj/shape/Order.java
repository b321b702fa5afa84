package kj.shape;

import static kj.value.K.*;

import kj.kernel.Search;
import kj.prim.Match;
import kj.value.Sym;

/**
 * The order grade uses between items of a general list: first by type (vectors, then lists,
 * then atoms, as Kona numbers the types), then by count (a shorter list first), then item by
 * item; strings by their text alone, a prefix first. Floats compare with tolerance, 0n lowest; symbols by text; dicts, nil and
 * functions are all equal.
 */
public final class Order {
    private Order() {}

    public static int compare(long a, long b) {
        if (a == b) return 0;
        int ta = type(a), tb = type(b);
        if (ta != tb) return ta < tb ? -1 : 1;
        return switch (ta) {
            case INT -> Long.compare(iv(a), iv(b));
            case FLOAT -> floats(fv(a), fv(b));
            case CHAR -> Integer.compare(cv(a), cv(b));
            case SYM -> Sym.compare(sv(a), sv(b));
            case DICT, NIL, FUNC -> 0;
            default -> items(a, b, ta);
        };
    }

    public static int floats(double a, double b) {
        if (Match.sameFloat(a, b)) return 0;
        if (Double.isNaN(a)) return -1;
        if (Double.isNaN(b)) return 1;
        return a < b ? -1 : 1;
    }

    private static int items(long a, long b, int t) {
        long na = n(a), nb = n(b), n = Math.min(na, nb);
        // Kona: a shorter vector or list sorts first whatever its items; strings compare by text
        if (t != CHARV && na != nb) return na < nb ? -1 : 1;
        if (t == LIST) {
            for (long i = 0; i < n; i++) {
                int c = compare(getL(a, i), getL(b, i));
                if (c != 0) return c;
            }
        } else {
            // only items whose bytes differ can differ in order (equal floats may differ in bytes: -0.0)
            int w = width(t);
            for (long i = Search.mismatch(data(a), data(b), 0, n, w); i < n; i = Search.mismatch(data(a), data(b), i + 1, n, w)) {
                int c = item(a, b, i, t);
                if (c != 0) return c;
            }
        }
        return Long.compare(na, nb);
    }

    /** The order of item i of the vectors a and b of type t. */
    private static int item(long a, long b, long i, int t) {
        return switch (t) {
            case INTV -> Long.compare(getI(a, i), getI(b, i));
            case FLOATV -> floats(getF(a, i), getF(b, i));
            case CHARV -> Integer.compare(getC(a, i), getC(b, i));
            default -> Sym.compare(getS(a, i), getS(b, i));
        };
    }
}

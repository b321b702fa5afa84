package kj.shape;

import static kj.value.K.*;

import kj.kernel.Elementwise;
import kj.kernel.Search;
import kj.prim.Verbs;

/**
 * {@code &/x=y}, {@code |/x<y} and the like: whether a comparison of ints holds for all items or
 * for any, with no vector of 0s and 1s made ({@link Search#quantify}). Int vectors of one length,
 * or an int vector and an int atom; anything else (other types, empty vectors, two atoms) is left
 * to the verbs as written.
 */
public final class Quantifiers {
    private Quantifiers() {}

    /**
     * fold/x compare y for fold & (all) or | (any) and compare =, < or >, as the verb rows of
     * {@link Verbs}: 1 or 0, or 0 (no cell) when x and y are not operands it covers.
     */
    public static long of(int fold, int compare, long x, long y) {
        if (compare == Verbs.MORE_ROW) return of(fold, Verbs.LESS_ROW, y, x);
        int tx = type(x), ty = type(y);
        if (tx != INTV && tx != INT || ty != INTV && ty != INT || tx == INT && ty == INT) return 0;
        long n = tx == INTV ? n(x) : n(y);
        if (n == 0 || tx == INTV && ty == INTV && n(y) != n) return 0;
        int shape = tx == INT ? Elementwise.AV : ty == INT ? Elementwise.VA : Elementwise.VV;
        int op = compare == Verbs.EQUAL_ROW ? Elementwise.EQUAL : Elementwise.LESS;
        return ki(Search.quantify(fold == Verbs.MIN_ROW, op, data(x), data(y), n, shape) ? 1 : 0);
    }
}

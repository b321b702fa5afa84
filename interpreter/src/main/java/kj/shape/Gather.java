package kj.shape;

import static kj.value.K.*;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import kj.error.KError;
import kj.value.Lists;
import kj.value.ListBuilder;

/** Item-wise results of an atomic op over a general list: a list, or a vector when K keeps one. */
public final class Gather {
    private Gather() {}

    /**
     * A fresh list of {@code item.applyAsLong(i)} for i below n (each owned), made a vector when
     * every item is an atom of one type. If an item fails, the items made so far are released.
     */
    public static long map(long n, LongUnaryOperator item) {
        return Lists.collapse(ListBuilder.map(n, item));
    }

    /** f over the items of y (borrowed; f gets each item borrowed, returns an owned result). */
    public static long each(long y, LongUnaryOperator f) {
        return pairs(y, true, nilValue(), false, (a, b) -> f.applyAsLong(a));
    }

    /**
     * f over the pairs of items of x and y, where {@code xs} and {@code ys} say which side gives
     * items and which is taken whole (both borrowed; f gets borrowed arguments and returns an
     * owned result). Sides that both give items must be as long. If f fails, what was made so
     * far is released.
     */
    public static long pairs(long x, boolean xs, long y, boolean ys, LongBinaryOperator f) {
        if (xs && ys && n(x) != n(y)) throw KError.length();
        long n = xs ? n(x) : n(y);
        return Lists.collapse(ListBuilder.map(n, i -> {
            long a = xs ? Lists.item(x, i) : ci(x);
            try {
                long b = ys ? Lists.item(y, i) : ci(y);
                try {
                    return f.applyAsLong(a, b);
                } finally {
                    cd(b);
                }
            } finally {
                cd(a);
            }
        }));
    }
}

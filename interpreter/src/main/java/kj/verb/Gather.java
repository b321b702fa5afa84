package kj.verb;

import static kj.value.K.*;

import java.util.function.LongUnaryOperator;

/** Item-wise results of an atomic op over a general list: a list, or a vector when K keeps one. */
final class Gather {
    private Gather() {}

    /**
     * A fresh list of {@code item.applyAsLong(i)} for i below n (each owned), made a vector when
     * every item is an atom of one type. If an item fails, the items made so far are released.
     */
    static long map(long n, LongUnaryOperator item) {
        long z = newList(n);
        long i = 0;
        try {
            for (; i < n; i++) setL(z, i, item.applyAsLong(i));
        } catch (RuntimeException | StackOverflowError e) {
            setN(z, i);
            cd(z);
            throw e;
        }
        return uniform(z);
    }

    /** The list z (owned) as a vector when its items are atoms of one type, else z itself. */
    static long uniform(long z) {
        long n = n(z);
        if (n == 0) return z;
        int t = type(getL(z, 0));
        if (t < INT || t > SYM) return z;
        for (long i = 1; i < n; i++) if (type(getL(z, i)) != t) return z;
        long v = newVec(-t, n);
        for (long i = 0; i < n; i++) {
            long a = getL(z, i);
            switch (t) {
                case INT -> setI(v, i, iv(a));
                case FLOAT -> setF(v, i, fv(a));
                case CHAR -> setC(v, i, cv(a));
                default -> setS(v, i, sv(a));
            }
        }
        cd(z);
        return v;
    }
}

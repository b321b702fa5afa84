package kj.shape;

import static kj.value.K.*;
import kj.value.ListBuilder;

/**
 * x,y: the items of x then those of y. Atoms (dicts, nil and functions too) count as one item.
 * When both sides have one simple type the result is a vector of it, with no numeric promotion
 * (1,2.0 is a general list); an empty side takes the other side's type.
 */
public final class Join {
    private Join() {}

    public static long join(long x, long y) {
        int tx = type(x), ty = type(y);
        long nx = Build.count(x), ny = Build.count(y);
        int t = Math.abs(tx) == Math.abs(ty) ? -Math.abs(tx) : LIST;
        if (nx == 0) t = -Math.abs(ty);
        else if (ny == 0) t = -Math.abs(tx);
        if (t < -SYM) t = LIST;
        long n = nx + ny;
        if (t != LIST) {
            long z = newVec(t, n);
            put(x, z, 0);
            put(y, z, nx);
            return z;
        }
        return ListBuilder.map(n, k -> k < nx ? Build.item(x, k) : Build.item(y, k - nx));
    }

    /** Writes the items of the vector or simple atom x into the vector z from {@code at}. */
    private static void put(long x, long z, long at) {
        int t = type(x);
        if (t < 0) {
            Build.copyInto(x, 0, z, at, n(x));
            return;
        }
        if (t == LIST) return; // an empty list
        switch (t) {
            case INT -> setI(z, at, iv(x));
            case FLOAT -> setF(z, at, fv(x));
            case CHAR -> setC(z, at, cv(x));
            case SYM -> setS(z, at, sv(x));
            default -> { }
        }
    }
}

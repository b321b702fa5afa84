package kj.adverb;

import static kj.value.K.*;

import kj.error.KError;
import kj.kpool.Mem;
import kj.value.ListBuilder;

/** A char atom as the function of an adverb: "c"/list joins strings, "c"\string splits one. */
final class Strings {
    private Strings() {}

    /** Joins the strings of y with the char c between them; a string y comes back as it is. */
    static long join(long c, long y) {
        if (Math.abs(type(y)) == CHAR) return ci(y);
        if (type(y) != LIST) throw KError.type();
        long n = n(y), total = n > 0 ? n - 1 : 0;
        for (long i = 0; i < n; i++) {
            long s = getL(y, i);
            if (type(s) != CHARV) throw KError.type();
            total += n(s);
        }
        long z = newVec(CHARV, total);
        long at = 0;
        for (long i = 0; i < n; i++) {
            if (i > 0) setC(z, at++, cv(c));
            long s = getL(y, i), len = n(s);
            Mem.copy(data(s), data(z) + at, len);
            at += len;
        }
        return z;
    }

    /** Splits the string y at each char c; a trailing c gives a last empty piece. */
    static long split(long c, long y) {
        if (Math.abs(type(y)) != CHAR) throw KError.type();
        if (type(y) == CHAR) return splitVector(c, y, true);
        return splitVector(c, y, false);
    }

    private static long splitVector(long c, long y, boolean atomY) {
        long n = atomY ? 1 : n(y);
        int d = cv(c);
        if (n == 0) return newList(0);
        long pieces = 1;
        for (long i = 0; i < n; i++) if (charAt(y, i, atomY) == d) pieces++;
        try (ListBuilder z = new ListBuilder(pieces)) {
            long start = 0;
            for (long i = 0; i <= n; i++) {
                if (i == n || charAt(y, i, atomY) == d) {
                    long s = newVec(CHARV, i - start);
                    for (long j = start; j < i; j++) setC(s, j - start, charAt(y, j, atomY));
                    z.add(s);
                    start = i + 1;
                }
            }
            return z.build();
        }
    }

    private static int charAt(long y, long i, boolean atomY) { return atomY ? cv(y) : getC(y, i); }
}

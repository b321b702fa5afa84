package kj.adverb;

import static kj.value.K.*;

import kj.error.KError;
import kj.kernel.Search;
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
        long n = type(y) == CHAR ? 1 : n(y);
        if (n == 0) return newList(0);
        long at = data(y); // an atom's char lies where a vector's first does
        long[] cuts = Search.charIndices(at, n, (byte) cv(c));
        try (ListBuilder z = new ListBuilder(cuts.length + 1L)) {
            long start = 0;
            for (int p = 0; p <= cuts.length; p++) {
                long end = p < cuts.length ? cuts[p] : n;
                long s = newVec(CHARV, end - start);
                Mem.copy(at + start, data(s), end - start);
                z.add(s);
                start = end + 1;
            }
            return z.build();
        }
    }
}

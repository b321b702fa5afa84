package kj.sys;

import static kj.value.K.*;

import kj.shape.Gather;
import kj.error.KError;
import kj.value.Lists;
import kj.value.ListBuilder;

/** _vs _sv (numbers in a base or mixed radix) and _ci _ic (chars and their codes). */
final class Encode {
    private Encode() {}

    /** x _vs y : the digits of y in base x (an int) or in the mixed radix x (an int vector). */
    static long vs(long x, long y) { return vs(x, y, false); }

    /** x _vsx y : as _vs, but 0 in a base has the one digit 0. */
    static long vsx(long x, long y) { return vs(x, y, true); }

    private static long vs(long x, long y, boolean zeroDigit) {
        int tx = type(x), ty = type(y);
        if (Math.abs(ty) > INT || (tx != INT && tx != INTV)) throw KError.type();
        if (ty == LIST || ty == INTV) return Gather.each(y, b -> vs(x, b, zeroDigit));
        long a = iv(y);
        if (tx == INT) {
            long base = iv(x);
            if (base < 2) throw KError.domain();
            if (a == 0) return zeroDigit ? ints(0) : newVec(INTV, 0);
            long[] buf = new long[65];
            int k = 0;
            long b = a, c = b / base;
            while (k == 0 || b != c) {
                buf[k++] = b % base;
                b = c;
                c = b / base;
            }
            long z = newVec(INTV, k);
            for (int i = 0; i < k; i++) setI(z, i, buf[k - 1 - i]);
            return z;
        }
        long n = n(x);
        // a leading 0 radix is unbounded: its digit takes what is left (0 24 60 _vs n), as Kona
        for (long i = 0; i < n; i++) if (getI(x, i) < 1 && !(i == 0 && getI(x, i) == 0)) throw KError.domain();
        if (a < 0) {
            long s = 1;
            for (long i = 0; i < n; i++) {
                long r = getI(x, i) == 0 ? -1 : getI(x, i);
                try {
                    s = Math.multiplyExact(s, r);
                } catch (ArithmeticException e) {
                    throw KError.domain();
                }
            }
            a = a == Long.MIN_VALUE ? s - (-(a % s)) % s : s - (-a % s);
        }
        long z = newVec(INTV, n);
        for (long i = n - 1; i >= 0; i--) {
            long r = getI(x, i);
            if (r == 0) {
                setI(z, i, a);
                break;
            }
            setI(z, i, a % r);
            a /= r;
        }
        return z;
    }

    /** Whether v holds nothing: an empty list or vector, an empty dict, nil. */
    private static boolean none(long v) {
        int t = type(v);
        return t == NIL || (t <= 0 || t == DICT) && n(v) == 0;
    }

    /** x _sv y : the number whose digits in base (or radix vector) x are y. */
    static long sv(long x, long y) {
        // as Kona: no digits or no radix (nil, an empty dict too) is 0, whatever their types; an
        // atom y is every digit (two atoms give 0*x+y: a float base makes a float, 0.5 _sv 10 is 10.0)
        if (none(x) || none(y)) return ki(0);
        // two lists of different counts are a length error before any type is looked at (Kona)
        if (type(x) <= 0 && type(y) <= 0 && n(x) != n(y)) throw KError.length();
        // a general list of radixes is worked with the arithmetic verbs, so its items may be
        // vectors: (1 2;3) _sv 1.5 is 6 6.0, as Kona; a char or a symbol among them is their type error
        if (!Num.numeric(type(x)) && type(x) != LIST) throw KError.type();
        if (type(y) == CHAR || type(y) == CHARV || type(y) == SYM || type(y) == SYMV) throw KError.type();
        if (type(y) > 0 && !Num.numeric(type(y))) throw KError.type(); // a dict, a function
        long n = type(y) > 0 ? n(x) : n(y);
        if (type(x) == INT && type(y) == INTV) {
            long b = iv(x), acc = 0;
            for (long i = 0; i < n; i++) acc = acc * b + getI(y, i);
            return ki(acc);
        }
        if (type(x) == INTV && type(y) == INTV) {
            long acc = 0;
            for (long i = 0; i < n; i++) acc = acc * getI(x, i) + getI(y, i);
            return ki(acc);
        }
        long acc = ki(0);
        try {
            for (long i = 0; i < n; i++) {
                long xi = type(x) > 0 ? ci(x) : Lists.item(x, i);
                long yi = type(y) > 0 ? ci(y) : Lists.item(y, i);
                try {
                    long t = Num.mul(acc, xi);
                    try {
                        long next = Num.add(t, yi);
                        cd(acc);
                        acc = next;
                    } finally {
                        cd(t);
                    }
                } finally {
                    cd(xi);
                    cd(yi);
                }
            }
        } catch (Throwable e) {
            cd(acc);
            throw e;
        }
        return acc;
    }

    /** _ci x : the chars with codes x (mod 256). */
    static long charsOf(long x) {
        return switch (type(x)) {
            case INT -> kc((int) (iv(x) & 0xFF));
            case INTV -> {
                long n = n(x);
                long z = newVec(CHARV, n);
                for (long i = 0; i < n; i++) setC(z, i, (int) (getI(x, i) & 0xFF));
                yield z;
            }
            case LIST -> eachList(x, true);
            default -> throw KError.type();
        };
    }

    /** _ic x : the codes of the chars x. */
    static long codesOf(long x) {
        return switch (type(x)) {
            case CHAR -> ki(cv(x));
            case CHARV -> {
                long n = n(x);
                long z = newVec(INTV, n);
                for (long i = 0; i < n; i++) setI(z, i, getC(x, i));
                yield z;
            }
            case LIST -> eachList(x, false);
            default -> throw KError.type();
        };
    }

    private static long eachList(long x, boolean toChar) {
        return ListBuilder.map(n(x), i -> toChar ? charsOf(getL(x, i)) : codesOf(getL(x, i)));
    }
}

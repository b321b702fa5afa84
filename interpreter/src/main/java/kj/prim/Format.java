package kj.prim;

import static kj.value.K.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import kj.error.KError;
import kj.kernel.CFormat;
import kj.kernel.Digits;
import kj.kernel.Moves;
import kj.kernel.Tolerance;
import kj.shape.Build;
import kj.shape.Gather;
import kj.shape.Grade;
import kj.value.Context;
import kj.value.ListBuilder;
import kj.value.Sym;

/**
 * $ : format (monad) and form (dyad), as Kona. Format turns a value into text: an atom into a
 * string, a list into a list of strings. Dyadic: an int width pads (negative: on the right) or
 * fills with '*' when the text is longer; a float w.d prints fixed (or, when negative,
 * exponent) notation with d decimals; 0, 0.0, ` and a char parse a string into an int, a
 * float, a symbol or the string itself. Both sides extend item-wise over lists.
 */
public final class Format {
    private Format() {}

    public static long format(long x) {
        int t = type(x);
        return switch (t) {
            case CHAR -> chars(String.valueOf((char) cv(x)));
            case CHARV -> ci(x);
            case FUNC -> chars(Context.current().functionText(x));
            case NIL -> newVec(CHARV, 0);
            case DICT -> chars(".(..)");
            case HASH -> ListBuilder.map(n(getL(x, 0)), i -> nil()); // as Kona: a nil per slot
            case SYM -> chars(Sym.name(sv(x)));
            case FLOAT -> chars(floatText(fv(x)));
            case INT -> intChars(iv(x));
            default -> eachFormat(x);
        };
    }

    private static long eachFormat(long x) {
        if (type(x) == INTV) return eachInt(x);
        return ListBuilder.map(n(x), i -> switch (type(x)) {
            case INTV -> intChars(getI(x, i));
            case FLOATV -> chars(floatText(getF(x, i)));
            case SYMV -> chars(Sym.name(getS(x, i)));
            default -> format(getL(x, i));
        });
    }

    /**
     * $ of an int vector: the ints copied out in one bulk copy, then one char vector each, made
     * from the pool fetched once and handed to the list a chunk at a time.
     */
    private static long eachInt(long x) {
        int n = Grade.size(x);
        long[] v = new long[n];
        kj.kpool.Mem.getLongs(data(x), v, n);
        kj.kpool.Pool p = pool();
        try (ListBuilder b = new ListBuilder(n)) {
            long[] cells = new long[Math.min(n, 512)];
            for (int o = 0; o < n; ) {
                int m = Math.min(cells.length, n - o), k = 0;
                try {
                    // the item in a method of its own: the JIT compiles it fully while this loop still runs
                    for (; k < m; k++) cells[k] = intChars(p, v[o + k]);
                } finally {
                    b.addAll(cells, k); // the cells made so far, even when the next one failed
                }
                o += m;
            }
            return b.build();
        }
    }

    public static int precision() {
        return Context.isBound() ? Context.current().settings().precision : 7;
    }

    /**
     * The text of an int as a fresh char vector, its digits written straight into the cell. As
     * Kona's C text: 0N, 0I and -0I are their digits ($0I is "9223372036854775807"); only the
     * printed forms spell them.
     */
    static long intChars(long v) { return intChars(pool(), v); }

    /** {@link #intChars} from the pool p, fetched once by a caller that makes many. */
    private static long intChars(kj.kpool.Pool p, long v) {
        if (v == NI) return chars(Long.toString(v)); // no magnitude: Digits takes |v|
        int len = Digits.length(v);
        long z = newVec(p, CHARV, len);
        Digits.write(v, len, data(z));
        return z;
    }

    /** As Kona's C text: 0n, 0i and -0i are "nan", "inf" and "-inf" ($0i is "inf"); only the printed forms spell them. */
    static String floatText(double v) { return CFormat.cFloat(v, precision()); }

    /** A list for the item-wise rule: any list or vector but a string. */
    private static boolean spreads(long x) {
        int t = type(x);
        return t <= 0 && t != CHARV;
    }

    public static long form(long x, long y) {
        boolean xs = spreads(x), ys = spreads(y);
        if (xs && ys && n(x) != n(y)) throw KError.length();
        if (xs || ys) return Gather.pairs(x, xs, y, ys, Format::form);
        int xt = type(x), yt = type(y);
        if (xt == INT && iv(x) != 0) return pad(iv(x), x, y);
        if (xt == FLOAT && (yt == INT || yt == FLOAT)) {
            double f = fv(x);
            double v = yt == FLOAT ? fv(y) : (double) iv(y);
            int decimals = (int) (tolerantFloor(Math.abs(f) * 10) % 10);
            String s = Double.isNaN(v) || Double.isInfinite(v) ? floatText(v)
                    : Math.copySign(1, f) < 0 ? cExp(v, decimals) : cFixed(v, decimals);
            if ((long) f != 0) return padText((long) f, s);
            // a field of width 0 (0.0$y, 0.5$y) forms the text as an int, as Kona's 0$ does: 0.0$3.7
            // is 4; text that is no int (0.5$3.7 is "3.70000"; Kona's C text of 0n is "nan") is a
            // domain error, as 0$"3.7" (Kona answers a value that prints nothing: FAILURES.md)
            if (Double.isNaN(v) || Double.isInfinite(v)) throw KError.domain();
            return ki(parseInt(s));
        }
        if (yt == CHAR || yt == CHARV) {
            String text = cString(y);
            if (xt == SYM && sv(x) == 0) return ks(Sym.intern(text));
            if (xt == CHAR || xt == CHARV) return yt == CHARV ? ci(y) : chars(text);
            if (xt == FLOAT) return kf(parseFloat(text));
            if (xt == INT) return ki(parseInt(text));
        }
        throw KError.type();
    }

    private static long pad(long width, long x, long y) {
        long c = format(y);
        try {
            if (type(c) != CHARV) throw KError.type();
            return padText(width, str(c));
        } finally {
            cd(c);
        }
    }

    /** Text in a field of |width|: right-justified, left when negative, all '*' when too long. */
    static long padText(long width, String s) {
        if (width == 0) return chars(s);
        long w = width == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(width);
        // a field wider than a C int (Kona's width) is a limit error before anything is made
        if (w > Integer.MAX_VALUE) throw KError.limit();
        long z = newVec(CHARV, w);
        int len = s.length();
        if (len > w) {
            Moves.fill1(data(z), (byte) '*', w);
            return z;
        }
        long at = width > 0 ? w - len : 0;
        Moves.fill1(data(z), (byte) ' ', w);
        writeText(s, data(z) + at);
        return z;
    }

    /** Floor that takes a value within tolerance of the next integer up to it. */
    private static double tolerantFloor(double v) {
        double r = Math.floor(v);
        return Tolerance.equal(v, r + 1) ? r + 1 : r;
    }

    /** C's %.*f: the exact binary value rounded half-even. */
    static String cFixed(double v, int decimals) {
        String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return v < 0 || (v == 0 && 1 / v < 0) ? (s.startsWith("-") ? s : "-" + s) : s;
    }

    /** C's %.*e. */
    static String cExp(double v, int decimals) {
        String sign = v < 0 || (v == 0 && 1 / v < 0) ? "-" : "";
        double a = Math.abs(v);
        if (a == 0) return sign + "0" + (decimals > 0 ? "." + "0".repeat(decimals) : "") + "e+00";
        BigDecimal r = new BigDecimal(a).round(new MathContext(decimals + 1, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String digits = r.unscaledValue().toString();
        while (digits.length() < decimals + 1) digits += "0";
        digits = digits.substring(0, decimals + 1);
        String mant = decimals > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** The text of a char atom or vector, up to its first NUL as C sees it. */
    public static String cString(long y) {
        String s = str(y);
        int z = s.indexOf('\0');
        return z < 0 ? s : s.substring(0, z);
    }

    // ---- parsing numbers from text ----

    /** 0N 0I -0I 0n 0i -0i (and blanks around them): index 1..6, or 0. */
    private static int special(String s) {
        String t = s.strip();
        if (t.startsWith("-")) {
            String r = t.substring(1).stripLeading();
            return switch (r) {
                case "0N" -> 1;
                case "0I" -> 2;
                case "0n" -> 4;
                case "0i" -> 5;
                default -> 0;
            };
        }
        return switch (t) {
            case "0N" -> 1;
            case "0I" -> 3;
            case "0n" -> 4;
            case "0i" -> 6;
            default -> 0;
        };
    }

    private static boolean blank(char c) { return c == ' ' || c == '\t'; }

    private static boolean space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

    /** 0 $ text: C's strtoll, which must stop at the end or at a blank. */
    public static long parseInt(String s) {
        int sp = special(s);
        if (sp != 0) return new long[] {0, NI, MI, PI, PI, MI, PI}[sp];
        if (s.isEmpty()) return NI;
        int i = 0, n = s.length();
        while (i < n && space(s.charAt(i))) i++;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) neg = s.charAt(i++) == '-';
        int start = i;
        long v = 0;
        boolean over = false;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            int d = s.charAt(i++) - '0';
            if (!over) {
                if (v > (Long.MAX_VALUE - d) / 10) over = true;
                else v = v * 10 + d;
            }
        }
        int end = i == start ? 0 : i;
        if (end < n && !blank(s.charAt(end))) throw KError.domain();
        if (i == start) return 0;
        if (over) return neg ? MI : PI;
        return neg ? -v : v;
    }

    /** 0.0 $ text: C's strtod (decimal, inf, nan), which must stop at the end or a blank. */
    public static double parseFloat(String s) {
        int sp = special(s);
        if (sp != 0) return new double[] {0, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}[sp];
        if (s.isEmpty()) return Double.NaN;
        int i = 0, n = s.length();
        while (i < n && space(s.charAt(i))) i++;
        int start = i;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
        String rest = s.substring(i).toLowerCase();
        double r;
        int end;
        if (rest.startsWith("inf")) {
            end = i + (rest.startsWith("infinity") ? 8 : 3);
            r = s.charAt(start) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (rest.startsWith("nan")) {
            end = i + 3;
            r = Double.NEGATIVE_INFINITY;
        } else {
            int digits = 0;
            while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
            if (i < n && s.charAt(i) == '.') {
                i++;
                while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
            }
            if (digits == 0) {
                end = 0;
                r = 0;
            } else {
                if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                    int j = i + 1;
                    if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '+')) j++;
                    int k = j;
                    while (k < n && isDigit(s.charAt(k))) k++;
                    if (k > j) i = k;
                }
                end = i;
                r = Double.parseDouble(s.substring(start, end));
            }
        }
        if (end < n && !blank(s.charAt(end))) throw KError.domain();
        return r;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
}

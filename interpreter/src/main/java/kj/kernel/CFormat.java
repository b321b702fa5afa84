package kj.kernel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** C's printf %.Pg for doubles, digit for digit (Java's %g keeps trailing zeros and differs). */
public final class CFormat {
    private CFormat() {}

    /** One float as K prints it (\\p digits, 0 for all 17), without the ".0" K adds after a whole last item. */
    public static String kFloat(double v, int precision) {
        if (Double.isNaN(v)) return "0n";
        if (v == Double.POSITIVE_INFINITY) return "0i";
        if (v == Double.NEGATIVE_INFINITY) return "-0i";
        return cFloat(v, precision);
    }

    /** One float as C's %.Pg writes it (\\p digits; 0 for all, which Kona makes 19): "nan", "inf" and "-inf" for the specials. */
    public static String cFloat(double v, int precision) { return g(v, precision == 0 ? 19 : precision); }

    public static String g(double v, int precision) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        int p = Math.max(precision, 1);
        if (v == 0) return (1 / v < 0) ? "-0" : "0";
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exp = rounded.precision() - rounded.scale() - 1;
        String out;
        if (exp < -4 || exp >= p) {
            BigDecimal mant = rounded.movePointLeft(exp);
            String m = stripZeros(mant.setScale(p - 1, RoundingMode.HALF_EVEN).toPlainString());
            out = m + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        } else {
            out = stripZeros(rounded.setScale(Math.max(p - 1 - exp, 0), RoundingMode.HALF_EVEN).toPlainString());
        }
        return out;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
    }
}

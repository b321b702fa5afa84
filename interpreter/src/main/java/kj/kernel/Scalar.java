package kj.kernel;

import static kj.value.K.*;

/** The scalar rules shared by atoms and every loop: Kona's division, power, max and min, int to float. */
public final class Scalar {
    private Scalar() {}

    /** Int division as Kona: truncating; x%0 is 0I, -0I or 0N by the sign of x. */
    public static long div(long a, long b) { return b == 0 ? (a == 0 ? NI : a > 0 ? PI : MI) : a / b; }

    /** Float division: by zero gives 0n for 0%0, 0i above 0, else -0i (0n%0 too, as Kona). */
    public static double div(double a, double b) {
        if (b == 0) return a == 0 ? Double.NaN : a > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        return a / b;
    }

    /** x^0 is 1 and 0^y is 0 for any y, then pow. */
    public static double pow(double a, double b) { return b == 0 ? 1 : a == 0 ? 0 : Math.pow(a, b); }

    /** Max and min with 0n as the lowest value. */
    public static double max(double a, double b) { return a > b || b != b ? a : b; }

    public static double min(double a, double b) { return a < b || a != a ? a : b; }

    /**
     * c modulo d for x!y as Kona works it, in doubles, c - d*floor(c/d): past 2^53 its results
     * (which the conformance tests record) differ from exact modular arithmetic, and so do ours.
     * Modulo 0 is c itself, as a double.
     */
    public static long mod(long c, long d) {
        if (d == 0) return toInt(c); // c itself, through a double as in Kona's C: 0I and -0I give 0N
        double q = Math.floor((double) c / (double) d);
        return toInt((double) c - (double) d * q);
    }

    /** A double as C's conversion to a 64-bit int gives it on x86-64: 0N when out of range or 0n. */
    private static long toInt(double v) {
        return v >= 0x1p63 || v < -0x1p63 || v != v ? NI : (long) v;
    }

    /** Kona's tolerance in a float modulo: added to the quotient before its floor, and the least remainder kept. */
    private static final double MOD_TOLERANCE = 1e-13;

    /**
     * f modulo g as Kona works it, f - g*floor(1e-13 + f/g) (modulo 0, f itself), the remainder
     * kept only when its size is above 1e-13: {@code 0.3!0.1} is 0.0, {@code 2.5!0N} is 2.5, and
     * -0.0 or a 0n (from 0n, or an infinity either side) give 0.0.
     */
    public static double mod(double f, double g) {
        double h = g == 0 ? f : f - g * Math.floor(MOD_TOLERANCE + f / g);
        return Math.abs(h) > MOD_TOLERANCE ? h : 0.0;
    }

    /** An int as a float: 0N, 0I and -0I become 0n, 0i and -0i. */
    public static double i2f(long v) {
        return v == NI ? Double.NaN : v == PI ? Double.POSITIVE_INFINITY : v == MI ? Double.NEGATIVE_INFINITY : v;
    }
}

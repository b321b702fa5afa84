package kj.kernel;

import static kj.value.K.*;

/** The scalar rules shared by atoms and every loop: Kona's division, power, max and min, int to float. */
public final class Scalar {
    private Scalar() {}

    /** Int division as Kona: truncating; x%0 is 0I, -0I or 0N by the sign of x. */
    public static long div(long a, long b) { return b == 0 ? (a == 0 ? NI : a > 0 ? PI : MI) : a / b; }

    /** Float division: by zero gives 0i or -0i by the sign of x, 0n for 0%0. */
    public static double div(double a, double b) {
        if (b == 0) return a > 0 ? Double.POSITIVE_INFINITY : a < 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        return a / b;
    }

    /** x^0 is 1 and 0^y is 0 for any y, then pow. */
    public static double pow(double a, double b) { return b == 0 ? 1 : a == 0 ? 0 : Math.pow(a, b); }

    /** Max and min with 0n as the lowest value. */
    public static double max(double a, double b) { return a > b || b != b ? a : b; }

    public static double min(double a, double b) { return a < b || a != a ? a : b; }

    /** An int as a float: 0N, 0I and -0I become 0n, 0i and -0i. */
    public static double i2f(long v) {
        return v == NI ? Double.NaN : v == PI ? Double.POSITIVE_INFINITY : v == MI ? Double.NEGATIVE_INFINITY : v;
    }
}

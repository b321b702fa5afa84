package kj.kernel;

/**
 * K's tolerant float comparison, as Kona does it: two floats are equal when they lie within
 * about 512 units in the last place of each other, i.e. a relative 2^-43 (~1.1e-13). NaN (0n)
 * equals NaN and orders below everything, -0i included; an infinity equals only itself.
 */
public final class Tolerance {
    static final double EPSILON = 0x1p-43;

    private Tolerance() {}

    /** Finite, different, and within the tolerance of each other. */
    private static boolean near(double a, double b) {
        double d = Math.abs(a - b);
        return d <= EPSILON * Math.max(Math.abs(a), Math.abs(b)) && d != Double.POSITIVE_INFINITY;
    }

    public static boolean equal(double a, double b) {
        if (a == b) return true;
        if (a != a || b != b) return a != a && b != b;
        return near(a, b);
    }

    /** a &lt; b, tolerantly; 0n is below every other value. */
    public static boolean less(double a, double b) {
        if (a < b) return !near(a, b);
        return a != a && b == b;
    }

    /** -1, 0 or 1 as a is below, equal to or above b (tolerantly; 0n lowest). */
    public static int compare(double a, double b) {
        if (equal(a, b)) return 0;
        if (a != a) return -1;
        if (b != b) return 1;
        return a < b ? -1 : 1;
    }

    /**
     * Floor that forgives rounding as Kona does: a value whose fraction is a hair below 1 counts
     * as the next whole number (_1.9999999999999 is 2). The fraction is exact, so values just
     * below a negative whole number are not forgiven. Specials go to int specials: 0n to 0N,
     * beyond the int range to 0I or -0I.
     */
    public static long floor(double e) {
        if (e != e) return kj.value.K.NI;
        if (e >= 0x1p63) return kj.value.K.PI;
        if (e <= -0x1p63) return kj.value.K.MI;
        double whole = e < 0 ? Math.ceil(e) : Math.floor(e);
        double frac = e - whole;
        if (frac > 0 && equal(frac, 1.0)) return (long) whole + 1;
        return (long) Math.floor(e);
    }

    /** Ceiling that forgives rounding, the mirror of {@link #floor}. */
    public static long ceiling(double e) {
        if (e != e) return kj.value.K.NI;
        long f = floor(-e);
        return f == kj.value.K.MI ? kj.value.K.PI : f == kj.value.K.PI ? kj.value.K.MI : -f;
    }
}

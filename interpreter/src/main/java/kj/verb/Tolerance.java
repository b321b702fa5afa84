package kj.verb;

/** K's tolerant float comparison: equal when within a relative 1e-13 of each other. */
public final class Tolerance {
    static final double EPSILON = 1e-13;

    private Tolerance() {}

    public static boolean equal(double a, double b) {
        if (a == b) return true;
        if (Double.isInfinite(a) || Double.isInfinite(b)) return false;
        return Math.abs(a - b) <= EPSILON * Math.max(Math.abs(a), Math.abs(b));
    }
}

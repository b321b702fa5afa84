package kj.prim;

/**
 * The typed over kernels a dyadic verb may have (its row says which), with Kona's results for
 * an empty list: 0 for + and | (or), 1 for * and & (and); on floats -0i and 0i for | and &.
 * SUM and PRODUCT also scan; JOIN razes.
 */
public enum Fold {
    SUM(0, 0.0), PRODUCT(1, 1.0), MAX(0, Double.NEGATIVE_INFINITY), MIN(1, Double.POSITIVE_INFINITY), JOIN(0, 0.0);

    public final long intIdentity;
    public final double floatIdentity;

    Fold(long intIdentity, double floatIdentity) {
        this.intIdentity = intIdentity;
        this.floatIdentity = floatIdentity;
    }

    /** Whether the verb has a typed scan kernel too. */
    public boolean scans() { return this == SUM || this == PRODUCT; }
}

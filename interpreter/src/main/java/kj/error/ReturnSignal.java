package kj.error;

/**
 * Leaves a lambda early with a value, for {@code :x}: not an error, so a trap
 * ({@code @[f;x;:]}) lets it through to the lambda it returns from.
 */
public final class ReturnSignal extends RuntimeException {
    private final long value;

    /** Returns {@code value} (owned; the lambda that catches this hands it on). */
    public ReturnSignal(long value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** The value returned (owned by whoever catches this). */
    public long value() { return value; }
}

package kj.eval;

/** Leaves a lambda early with a value (owned), for {@code :x}. */
public final class ReturnSignal extends RuntimeException {
    final long value;

    ReturnSignal(long value) {
        super(null, null, false, false);
        this.value = value;
    }
}

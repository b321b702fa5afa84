package kj.eval;

import kj.error.KError;

/**
 * Kona's suspended mode ({@code \e 1}): called when an error leaves a lambda, while that
 * lambda's frame is still the current one, so that the user can read its locals and evaluate
 * in it ({@link Interp#evalInFrame}).
 */
public interface Suspender {
    /** Returns the value the suspended lambda gives instead ({@code :value}), or throws the error on to leave ({@code \}). */
    long suspend(KError e);

    /**
     * A stop ({@code \x} under {@code \b s}) in the line {@code line}: suspends in the current
     * frame until {@code \}, then gives x (borrowed), or until {@code :value}, which it gives instead
     * (owned either way).
     */
    long stop(long x, String line);
}

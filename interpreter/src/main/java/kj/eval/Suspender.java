package kj.eval;

import kj.error.KError;

/**
 * Kona's suspended mode ({@code \e 1}): called when an error leaves a lambda, while that
 * lambda's frame is still the current one, so that the user can read its locals and evaluate
 * in it ({@link Interp#evalInFrame}). Returns the value the suspended lambda gives instead
 * ({@code :value}), or throws the error on to leave ({@code \}).
 */
@FunctionalInterface
public interface Suspender {
    long suspend(KError e);
}

package kj;

import kj.error.InternalErrors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails any test during which kj turned a Java exception into an {@code internal error}: such an
 * error is a bug even when the session survives it. Registered for every test of this module by
 * JUnit's extension autodetection (see {@code junit-platform.properties}). A test that provokes
 * one on purpose says how many with {@link #expect}.
 */
public final class NoInternalErrors implements BeforeEachCallback, AfterEachCallback {
    private static InternalErrors counting;
    private static long expected;

    /** The running test means to cause n internal errors. */
    public static void expect(long n) { expected += n; }

    @Override
    public void beforeEach(ExtensionContext c) {
        counting = InternalErrors.counting();
        expected = 0;
    }

    @Override
    public void afterEach(ExtensionContext c) {
        long seen = counting.seen();
        counting.close();
        if (seen != expected)
            throw new AssertionError(seen + " internal error(s) during " + c.getDisplayName()
                    + " (a Java exception escaped evaluation; " + expected + " expected)");
    }
}

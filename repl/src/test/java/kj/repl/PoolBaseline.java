package kj.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every test that evaluates K checks that its session's workspace gave back every byte: once
 * closed, nothing may be left in its pool (k itself says so on standard error).
 */
final class PoolBaseline {
    private PoolBaseline() {}

    /** After {@code s} closed. */
    static void check(Session s) {
        assertEquals(0, s.ws.bytesLeftAtClose(), "pool bytes in use after the session closed (leak)");
    }

    /** What k wrote to standard error. */
    static void check(String err) {
        assertFalse(err.contains("never released"), err);
    }
}

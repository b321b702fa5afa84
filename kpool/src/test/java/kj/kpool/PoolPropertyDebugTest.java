package kj.kpool;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.lifecycle.BeforeContainer;

/** The same random sequences with debug checks on: no ci/cd ever reaches a dead cell. */
class PoolPropertyDebugTest extends PoolPropertyTest {
    @BeforeContainer
    static void debugIsOn() {
        assertTrue(Pool.DEBUG, "run me with -Dkpool.debug=true (mvn verify does, in its debug-test execution)");
    }
}

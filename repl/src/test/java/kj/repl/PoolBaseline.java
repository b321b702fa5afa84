package kj.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kj.value.K;

/** Every test that evaluates K checks that the pool is back where it started. */
final class PoolBaseline {
    private final long used;

    PoolBaseline() {
        used = K.POOL.used(); // touching K.POOL also allocates K's static nil first
    }

    void check() {
        assertEquals(used, K.POOL.used(), "pool bytes in use after the test (leak)");
    }
}

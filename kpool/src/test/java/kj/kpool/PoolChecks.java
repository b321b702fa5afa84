package kj.kpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

/** Assertions shared by the pool tests. */
final class PoolChecks {
    static final long KiB = 1024, MiB = 1024 * KiB;

    private PoolChecks() {}

    /** The audit is clean and the statistics agree with themselves. */
    static void assertSound(Pool pool) {
        AuditReport report = pool.audit();
        assertTrue(report.ok(), () -> "audit: " + report.problems());
        PoolStats s = pool.stats();
        long lanes = s.lanes().stream().mapToLong(LaneStats::usedBytes).sum();
        assertEquals(s.used(), lanes + s.largeBytes() + s.mappedFiles().bytes().current(),
                "used = lane cells in use x size + large bytes + mapped files");
        for (LaneStats l : s.lanes()) assertEquals(l.mappedBytes(), l.usedBytes() + l.freeBytes());
        assertEquals(pool.used(), s.used());
    }

    static LaneStats lane(Pool pool, int lane) {
        return pool.stats().lanes().get(lane - CellLayout.MIN_LANE);
    }

    /** Runs {@code body} on a thread with a small stack, so that any recursion per cell overflows. */
    static void onSmallStack(Runnable body) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * KiB);
        t.start();
        t.join();
        if (failure.get() != null) throw new AssertionError("on the small stack: " + failure.get(), failure.get());
    }
}

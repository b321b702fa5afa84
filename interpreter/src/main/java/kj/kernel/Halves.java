package kj.kernel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a memory-bound kernel over the two halves of its range at once, the first on a helper
 * thread, when the machine has a second core and the work is large enough to pay for the handoff
 * (tens of microseconds). One core does not saturate the memory bus: (~=)\ over 500 rows of 10^4
 * ints moves 120 MB (reads, and the writes' read-for-ownership), 10-13 ms on one thread and
 * 6.5-7.5 on two on this machine kind. A half must write only its own part of the result and call
 * nothing that allocates or polls; the calling thread's half polls for Ctrl-C, and whatever
 * happens the call returns only when the helper's half is done, so a caller releasing the result
 * on an error never frees memory still being written.
 */
final class Halves {
    /** A kernel's work over items [from, to) of its range; stop: the other half failed. */
    interface Range {
        void run(long from, long to, Stop stop);
    }

    /** Set when the calling thread's half fails: the helper's half gives up at its next check. */
    static final class Stop {
        volatile boolean now;
    }

    private static final boolean TWO_CORES = Runtime.getRuntime().availableProcessors() >= 2;

    /** The helper thread, once made: a half it runs that calls run again runs alone, never queued behind itself. */
    private static volatile Thread helper;

    private static final class Helper {
        static final ExecutorService ONE = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kj-kernel-helper");
            t.setDaemon(true);
            helper = t;
            return t;
        });
    }

    private Halves() {}

    /**
     * range.run over [0, n), split at a multiple of grain when work (bytes moved) is at least
     * minimum and there is a second core; else on this thread alone.
     */
    static void run(long n, long grain, long work, long minimum, Range range) {
        long mid = n / 2 / grain * grain;
        if (!TWO_CORES || work < minimum || mid == 0 || Thread.currentThread() == helper) {
            range.run(0, n, new Stop());
            return;
        }
        Stop stop = new Stop();
        Future<?> first = Helper.ONE.submit(() -> range.run(0, mid, stop));
        try {
            range.run(mid, n, stop);
        } catch (Throwable e) {
            stop.now = true;
            throw e;
        } finally {
            await(first);
        }
    }

    private static void await(Future<?> f) {
        boolean interrupted = false;
        while (true) {
            try {
                f.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException r) throw r;
                if (c instanceof Error r) throw r;
                throw new IllegalStateException(c);
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}

package kj.cmd;

import static kj.value.K.*;

import kj.error.KError;
import kj.eval.Script;
import kj.eval.Workspace;

/**
 * Kona's timer (\t n): every n milliseconds a daemon thread calls the niladic function .m.ts,
 * if there is one, holding the workspace's lock (the lock every line runs under), so it runs
 * between lines, never during one. Its value is dropped and its errors ignored, as in Kona.
 */
final class Timer {
    private final Workspace k;
    private volatile long interval;
    /** Which thread is the live one: a thread whose generation is past stops. */
    private volatile int generation;
    private Thread thread;

    Timer(Workspace k) { this.k = k; }

    static Timer of(Script in) { return Commands.of(in).timer(in.workspace()); }

    long interval() { return interval; }

    /** Sets the interval (0 stops the timer). Runs under the workspace's lock, as every command does. */
    synchronized void set(long ms) {
        interval = ms;
        if (ms > 0 && thread == null) {
            int g = ++generation;
            thread = new kj.value.EvalThread("k-timer", 256L << 20, () -> loop(g));
            thread.setDaemon(true);
            thread.start();
        } else if (ms <= 0) {
            stop();
        }
    }

    /** Stops the timer; returns its thread (null when there was none), which may still finish a call. */
    synchronized Thread stop() {
        interval = 0;
        generation++;
        Thread t = thread;
        if (t != null) t.interrupt();
        thread = null;
        return t;
    }

    /** Stops the timer and waits until its thread has left the workspace. */
    void close() {
        Thread t = stop();
        if (t == null || t == Thread.currentThread()) return;
        try {
            t.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop(int g) {
        while (generation == g) {
            try {
                Thread.sleep(Math.max(1, interval));
            } catch (InterruptedException e) {
                return;
            }
            synchronized (k) {
                // checked under the lock: after \t 0 has run, no call of .m.ts follows
                if (generation != g || interval <= 0 || k.isClosed()) return;
                try {
                    k.run(() -> cd(k.interp().run(".m.ts[]")));
                } catch (KError | StackOverflowError | IllegalStateException e) {
                    // Kona drops the timer function's errors too; a workspace busy on a thread
                    // that does not hold its lock (a test, an embedding) skips this tick
                }
                k.out().flush();
            }
        }
    }
}

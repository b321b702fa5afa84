package kj.cmd;

import static kj.value.K.*;

import kj.error.KError;
import kj.eval.Interp;
import kj.eval.Script;

/**
 * Kona's timer (\t n): every n milliseconds a daemon thread calls the niladic function .m.ts,
 * if there is one, holding the workspace's lock (the lock every line runs under), so it runs
 * between lines, never during one. Its value is dropped and its errors ignored, as in Kona.
 */
final class Timer {
    private final Interp k;
    private volatile long interval;
    private Thread thread;

    Timer(Interp k) { this.k = k; }

    static Timer of(Script in) { return in.interp().commands.timer(in.interp()); }

    long interval() { return interval; }

    synchronized void set(long ms) {
        interval = ms;
        if (ms > 0 && thread == null) {
            thread = new Thread(null, this::loop, "k-timer", 256L << 20);
            thread.setDaemon(true);
            thread.start();
        }
    }

    synchronized void stop() {
        interval = 0;
        if (thread != null) thread.interrupt();
        thread = null;
    }

    private void loop() {
        while (true) {
            long ms = interval;
            if (ms <= 0) return;
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                return;
            }
            if (interval <= 0) return;
            synchronized (k) {
                if (!k.isOpen()) return;
                try {
                    cd(k.run(".m.ts[]"));
                } catch (KError | StackOverflowError e) {
                    // Kona drops the timer function's errors too
                }
                k.out.flush();
            }
        }
    }
}

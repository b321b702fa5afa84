package kj.error;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts internal errors ({@link KError.Internal}: Java exceptions that escaped evaluation) while
 * it is open, from every workspace of the JVM. Each one is a bug even when the session survives
 * it, so the test suite fails a test that saw one, and the fuzzer an input that made one.
 * The count comes from the logger {@code kj.internal}, which this turns up to FINE while open.
 */
public final class InternalErrors implements AutoCloseable {
    /** The JDK logger internal errors are reported to (held here so its level is kept). */
    static final Logger LOG = Logger.getLogger("kj.internal");

    private final AtomicLong seen = new AtomicLong();
    private final Level outerLevel = LOG.getLevel();
    private final Handler counter = new Handler() {
        @Override public void publish(LogRecord r) { seen.incrementAndGet(); }
        @Override public void flush() {}
        @Override public void close() {}
    };

    private InternalErrors() {
        LOG.addHandler(counter);
        LOG.setLevel(Level.FINE);
    }

    /** Starts counting. */
    public static InternalErrors counting() { return new InternalErrors(); }

    /** Internal errors since this was opened. */
    public long seen() { return seen.get(); }

    @Override
    public void close() {
        LOG.removeHandler(counter);
        LOG.setLevel(outerLevel);
    }
}

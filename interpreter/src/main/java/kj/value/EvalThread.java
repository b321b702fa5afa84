package kj.value;

import kj.kpool.Pool;

/**
 * A thread made to evaluate K: it carries the workspace bound on it in a field, so that the
 * static K helpers ({@link K#alloc}, {@link K#cd} ...) find the pool with one type test and one
 * load instead of a {@link ScopedValue} look-up, which costs about ten times as much before the
 * JIT has compiled it (and a fresh process runs much of a short script before that). The
 * REPL, scripts, the fuzzer and timers evaluate on one; any other thread works through
 * {@link Context#CURRENT} alone. The field is set and restored by the workspace around each
 * evaluation, on this thread only.
 */
public final class EvalThread extends Thread {
    /** The workspace evaluating on this thread, or null; written only by this thread. */
    Context context;
    /** Its pool, read by every allocation and release ({@link K#pool}) without an interface call. */
    Pool pool;

    public EvalThread(String name, long stackBytes, Runnable task) {
        super(null, task, name, stackBytes);
    }

    /** The workspace bound on the calling thread if it is an evaluation thread, else null. */
    static Context bound() {
        return Thread.currentThread() instanceof EvalThread t ? t.context : null;
    }

    /** The pool of the workspace bound on the calling thread if it is an evaluation thread, else null. */
    static Pool boundPool() {
        return Thread.currentThread() instanceof EvalThread t ? t.pool : null;
    }

    /**
     * Runs {@code op} with {@code c} bound on the calling thread's field when it is an evaluation
     * thread (and restores what was there), else just runs it.
     */
    public static <T> T binding(Context c, java.util.function.Supplier<T> op) {
        if (!(Thread.currentThread() instanceof EvalThread t)) return op.get();
        Context outer = t.context;
        Pool outerPool = t.pool;
        t.context = c;
        t.pool = c.pool();
        try {
            return op.get();
        } finally {
            t.context = outer;
            t.pool = outerPool;
        }
    }
}

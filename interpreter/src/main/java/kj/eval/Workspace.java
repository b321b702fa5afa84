package kj.eval;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import kj.kpool.Pool;
import kj.kpool.ReachReport;
import kj.parse.Codes;
import kj.parse.Node;
import kj.print.Printer;
import kj.value.Context;
import kj.value.EvalThread;
import kj.value.K;
import kj.value.Settings;
import kj.value.Shared;
import kj.value.Symbols;
import kj.value.Tree;

/**
 * One workspace: its own pool (with its own cap and statistics), its K-tree, its nil, its
 * compiled lambdas, its symbols, its settings and output, and the evaluator that runs K in it.
 * Nothing is shared with another workspace, so two workspaces may run on two threads at once.
 * One workspace runs on one thread at a time (a second thread entering it while it evaluates
 * gets an {@link IllegalStateException}).
 *
 * <p>Every entry point binds the workspace ({@link Context#CURRENT}, {@link Codes#CURRENT}) for
 * the duration of the call, so the static K helpers ({@link K#ki}, {@link K#cd} ...) find this
 * pool. Code outside the interpreter that makes, reads or releases K values of this workspace
 * does it inside {@link #within}.
 */
public final class Workspace implements Context, AutoCloseable {
    private final Pool pool = K.newPool();
    private final long nil = K.newNil(pool);
    private final Codes codes = new Codes();
    private final Shared shared = new Shared();
    private final Settings settings = new Settings();
    private final Symbols symbols = new Symbols();
    private final AtomicReference<Thread> owner = new AtomicReference<>();
    private final Tree tree;
    private final Interp interp;
    private PrintStream out = System.out;
    /** The backslash commands of this workspace. */
    public final Backslash commands;
    /** Set by \\ (also run by ."\\\\"): the session reading this workspace stops. */
    public volatile boolean leaving;
    private boolean closed;
    private long leftAtClose = -1;
    /** Pool bytes of the nil cell, which lives as long as the pool. */
    private final long nilBytes;

    /** A workspace that runs backslash commands with {@code commands} (it closes them with itself). */
    public Workspace(Backslash commands) {
        this.commands = commands;
        nilBytes = pool.used();
        tree = within(Tree::new);
        interp = new Interp(this);
    }

    /** Runs op with this workspace bound on the calling thread; nested calls reuse the binding. */
    public <T> T within(Supplier<T> op) {
        if (Context.isBound() && Context.current() == this) return op.get();
        if (closed) throw new IllegalStateException("the workspace is closed");
        Thread me = Thread.currentThread(), held = owner.get();
        if (held != me && !owner.compareAndSet(null, me))
            throw new IllegalStateException("the workspace is in use by thread " + owner.get().getName());
        try {
            return ScopedValue.where(Context.CURRENT, (Context) this).where(Codes.CURRENT, codes)
                    .call(() -> EvalThread.binding(this, op));
        } finally {
            // literals a call from outside evaluated (a lambda applied through the API) are held no longer
            if (interp != null) interp.releaseHeld(0);
            if (held != me) owner.set(null);
        }
    }

    /** {@link #within} for work without a result. */
    public void run(Runnable op) {
        within(() -> {
            op.run();
            return null;
        });
    }

    /** The compiled lambdas of this workspace. */
    Codes codes() { return codes; }

    /** The evaluator of this workspace. */
    public Interp interp() { return interp; }

    @Override public Pool pool() { return pool; }
    @Override public long nil() { return nil; }
    @Override public Shared shared() { return shared; }
    @Override public Tree tree() { return tree; }
    @Override public Symbols symbols() { return symbols; }
    @Override public Settings settings() { return settings; }
    @Override public PrintStream out() { return out; }

    /** Sends K's own output (`0: and the like) to {@code out}. */
    public void setOut(PrintStream out) { this.out = out; }

    /** Parses and evaluates a line of text at top level; the result is owned by the caller. */
    public long run(String text) { return within(() -> interp.run(text)); }

    @Override
    public long execute(String text) {
        return within(() -> text.startsWith("\\") ? interp.command(text.substring(1)) : interp.execute(text));
    }

    /** Evaluates a parsed line at top level; the result is owned by the caller. */
    public long evalTop(Node node) { return within(() -> interp.evalTop(node)); }

    /** f[args] while this workspace evaluates (inside {@link #within}): the verbs' way in. */
    @Override
    public long apply(long f, long... args) { return Calls.apply(interp, f, args); }

    @Override
    public String text(long x) { return Printer.text(x, settings.precision); }

    @Override
    public String functionText(long f) { return Printer.format(f, settings.precision); }

    /** The valence of f (0 for data), while this workspace evaluates. */
    @Override
    public int valence(long f) { return Valence.of(f); }

    @Override
    public void checkInterrupt() { interp.checkInterrupt(); }

    /** Releases one reference to a value of this workspace. */
    public void release(long x) {
        run(() -> K.cd(x));
    }

    /**
     * The leak check: what the K-tree, nil, the shared atoms and {@code others} (values held
     * outside the workspace) keep alive, and what nothing reaches.
     */
    public ReachReport reach(long... others) {
        return within(() -> {
            long[] shares = shared.roots(), held = interp.heldCells();
            long[] roots = java.util.Arrays.copyOf(shares, shares.length + 2 + held.length + others.length);
            roots[shares.length] = tree.root();
            roots[shares.length + 1] = nil;
            System.arraycopy(held, 0, roots, shares.length + 2, held.length);
            System.arraycopy(others, 0, roots, shares.length + 2 + held.length, others.length);
            return pool.reach(roots);
        });
    }

    /**
     * Releases the K-tree and everything it holds, then gives all the pool's memory back to the
     * system. {@link #bytesLeftAtClose} then says what was still in use (a leak when not 0).
     */
    @Override
    public void close() {
        if (closed) return;
        commands.close();
        run(() -> {
            tree.release();
            shared.release();
        });
        closed = true;
        leftAtClose = pool.used() - nilBytes;
        pool.close();
    }

    /** Pool bytes still in use when the workspace closed, beside its nil: 0 unless something leaked; -1 while open. */
    public long bytesLeftAtClose() { return leftAtClose; }

    /** True once closed: no value of it may be used again. */
    public boolean isClosed() { return closed; }
}

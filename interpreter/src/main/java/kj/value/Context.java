package kj.value;

import java.io.PrintStream;
import kj.kpool.Pool;

/**
 * What the verbs need from the workspace that runs them: its pool, its K-tree, its output and
 * settings, and the evaluator (apply a function, its valence, run text). Defined here, below
 * the verbs, so that they need not know the evaluator; the workspace ({@code kj.eval.Workspace})
 * implements it.
 *
 * <p>K values are plain {@code long} handles made by static helpers ({@link K#ki}, {@link K#cd}
 * ...) called from hundreds of places, so the pool they use is found through {@link #CURRENT}:
 * an immutable binding ({@link ScopedValue}) that a workspace sets on its thread for as long as
 * it evaluates (and, on an {@link EvalThread}, in a field of the thread, which is cheaper to
 * read). Two workspaces on two threads each see their own; nothing is shared.
 */
public interface Context {
    /** The workspace evaluating on this thread; bound by the workspace, never assigned. */
    ScopedValue<Context> CURRENT = ScopedValue.newInstance();

    /** The workspace bound on this thread; K values can be made and freed only inside one. */
    static Context current() {
        Context c = EvalThread.bound();
        return c != null ? c : CURRENT.orElseThrow(() -> new IllegalStateException("no workspace is evaluating on this thread"));
    }

    /** Whether a workspace is bound on this thread. */
    static boolean isBound() { return EvalThread.bound() != null || CURRENT.isBound(); }

    /** The pool that holds every value of this workspace. */
    Pool pool();

    /** The workspace's one nil value (borrowed; it lives as long as the workspace). */
    long nil();

    /** Small literal atoms and primitive verbs, made once in this workspace and shared. */
    Shared shared();

    /** The workspace's symbol table. */
    Symbols symbols();

    /** The K-tree: the workspace's global names. */
    Tree tree();

    /** Where K code's own output goes ({@code `0:} and friends). */
    PrintStream out();

    /** \p, \e, the random generator, _setenv variables and the command line. */
    Settings settings();

    /** f[args]: applies a value to arguments (borrowed); the result is owned. */
    long apply(long f, long... args);

    /** The K text of a value, as {@code 5:x} gives it. */
    String text(long x);

    /** A function's text as {@code $f} gives it (a lambda's is its source). */
    String functionText(long f);

    /** How many arguments f takes (0 for data). */
    int valence(long f);

    /** Raises an interrupt error when Ctrl-C asked to stop (checked in loops and calls). */
    void checkInterrupt();

    /**
     * {@link #checkInterrupt} of the workspace on this thread, if any: long loops below the
     * evaluator call it every so many steps (a chunk, 1024 items), so Ctrl-C and a watchdog
     * stop them; the loop's owner releases what it made.
     */
    static void poll() {
        if (CURRENT.isBound()) CURRENT.get().checkInterrupt();
    }

    /** {@link #poll} on every 1024th step i of a loop (i = 0 too). */
    static void poll(long i) {
        if ((i & 1023) == 0) poll();
    }

    /**
     * Runs K text from inside an evaluation ({@code ."..."}, {@code d["..."]}), or a backslash
     * command when it starts with "\"; the result is owned.
     */
    long execute(String text);
}

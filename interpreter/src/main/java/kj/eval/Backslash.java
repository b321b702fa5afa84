package kj.eval;

/**
 * The backslash commands a workspace runs: for lines of scripts and the REPL that start with
 * "\", and for {@code ."\\..."}. The table itself is {@code kj.cmd.Commands}, above this package;
 * whoever opens a workspace hands it one.
 */
public interface Backslash extends AutoCloseable {
    /** Runs a command line (without its backslash) for the script s; the result is owned. */
    long run(Script s, String text);

    /** Stops what the commands started (a timer set by {@code \t n}). */
    @Override
    void close();
}

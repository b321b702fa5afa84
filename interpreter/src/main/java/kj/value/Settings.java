package kj.value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kj.error.KError;

/**
 * A workspace's settings: print precision (\p), the error flag (\e), the random generator and
 * the seed it last started from (\r), the variables _setenv set, and the command line (_a).
 * One per workspace; used by one thread at a time, like the workspace.
 */
public final class Settings {
    /** The seed a fresh workspace starts its generator from, Kona's. */
    public static final long DEFAULT_SEED = Random64.START_SEED;

    /** Print precision, \p: significant digits of a float. */
    public int precision = 7;
    /** Kona's error flag, \e: 0 prints only an error's name, 1 its line and a caret too, 2 also exits. */
    public int errorFlag = 1;
    /** \b: what a trace ({@code \x} at the start of an expression) does: 'n' nothing, 't' show x, 's' stop there. */
    public char breakMode = 't';
    /** How many error traps ({@code @[f;x;:]}) are running: an error they catch suspends nothing. */
    public int traps;
    /** Variables set by _setenv; they hide the process environment's. */
    public final Map<String, String> env = new HashMap<>();
    /** The command line as Kona keeps it for _a: the program name, then every argument. */
    public List<String> args = List.of();

    /** Whether K may run shell commands ({@code \ls}, {@code 3:}, {@code 4:}); the fuzzer turns it off. */
    public boolean shell = true;

    /** A domain error unless shell commands may run. */
    public void requireShell() {
        if (!shell) throw KError.domain().about("shell commands are off in this workspace");
    }

    /** While an amend's function runs, its index (_i) and the value amended (_v), borrowed; else 0. */
    public long amendIndex, amendValue;

    private final Random64 random = new Random64();

    /** \r n: restarts the generator from seed n. */
    public void seed(long s) { random.seed(s); }

    /** The seed the generator last started from. */
    public long seed() { return random.seed(); }

    /** The generator _draw takes its numbers from (Kona's stream). */
    public Random64 random() { return random; }
}

package kj.value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A workspace's settings: print precision (\p), the error flag (\e), the random generator and
 * the seed it last started from (\r), the variables _setenv set, and the command line (_a).
 * One per workspace; used by one thread at a time, like the workspace.
 */
public final class Settings {
    /** The seed a fresh workspace starts its generator from. */
    public static final long DEFAULT_SEED = 0x4B3_2035L;

    /** Print precision, \p: significant digits of a float. */
    public int precision = 7;
    /** Kona's error flag, \e: 0 prints only an error's name, 1 its line and a caret too, 2 also exits. */
    public int errorFlag = 1;
    /** Variables set by _setenv; they hide the process environment's. */
    public final Map<String, String> env = new HashMap<>();
    /** The command line as Kona keeps it for _a: the program name, then every argument. */
    public List<String> args = List.of();

    private long seed = DEFAULT_SEED;
    private SplittableRandom random = new SplittableRandom(DEFAULT_SEED);

    /** \r n: restarts the generator from seed n. */
    public void seed(long s) {
        seed = s;
        random = new SplittableRandom(s);
    }

    /** The seed the generator last started from. */
    public long seed() { return seed; }

    /** The generator ? and _draw take their numbers from. */
    public SplittableRandom random() { return random; }
}

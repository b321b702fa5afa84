package kj.parse;

import java.util.List;

/**
 * The reserved _ names Kona has, with their valence: 0 for system values (_n, _t, ...),
 * else the number of arguments the function takes. An id is an index into {@link #NAMES}.
 */
public final class Reserved {
    public static final List<String> NAMES = List.of(
            // values
            "_a", "_d", "_f", "_h", "_i", "_k", "_n", "_p", "_s", "_t", "_T", "_v", "_w",
            // monadic
            "_acos", "_asin", "_atan", "_ceil", "_cos", "_cosh", "_exp", "_floor", "_log", "_sin",
            "_sinh", "_sqr", "_sqrt", "_tan", "_tanh", "_abs", "_bd", "_ceiling", "_ci", "_db", "_dj",
            "_exit", "_getenv", "_gtime", "_host", "_ic", "_inv", "_jd", "_lt", "_ltime", "_size",
            // dyadic
            "_bin", "_binl", "_di", "_dot", "_draw", "_dv", "_dvl", "_hat", "_in", "_lin", "_lsq",
            "_mul", "_setenv", "_sm", "_ss", "_sv", "_vs", "_vsx",
            // triadic
            "_ssr");
    private static final int FIRST_MONADIC = NAMES.indexOf("_acos");
    private static final int FIRST_DYADIC = NAMES.indexOf("_bin");
    private static final int FIRST_TRIADIC = NAMES.indexOf("_ssr");
    public static final int SELF = NAMES.indexOf("_f");
    public static final int NIL = NAMES.indexOf("_n");

    private Reserved() {}

    /** The id of a reserved name, or -1. */
    public static int id(String name) { return NAMES.indexOf(name); }

    public static String name(int id) { return NAMES.get(id); }

    public static int valence(int id) {
        return id >= FIRST_TRIADIC ? 3 : id >= FIRST_DYADIC ? 2 : id >= FIRST_MONADIC ? 1 : 0;
    }
}

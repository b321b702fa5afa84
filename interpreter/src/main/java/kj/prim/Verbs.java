package kj.prim;

import kj.io.Io;

/**
 * The one table of verbs, indexed as in the parser: "+-*%|&^!<>=~@?_,#$.:" then 0: .. 6:.
 * The evaluator calls verbs only through this table.
 */
public final class Verbs {
    public static final String GLYPHS = "+-*%|&^!<>=~@?_,#$.:";

    private static final Verb[] TABLE = new Verb[GLYPHS.length() + 7];

    static {
        for (int i = 0; i < TABLE.length; i++) TABLE[i] = new Unimplemented(i < GLYPHS.length() ? GLYPHS.charAt(i) : (char) ('0' + i - GLYPHS.length()));
        register(new Plus(), new Minus(), new Times(), new Divide(), new MaxOr(), new MinAnd(), new Power(),
                new Bang(), new Less(), new More(), new Equal(), new Tilde(), new At(), new Query(),
                new Underscore(), new Comma(), new Hash(), new Dollar(), new Dot(), new Colon());
        Io.registerAll();
    }

    private Verbs() {}

    static void register(Verb... verbs) {
        for (Verb v : verbs) TABLE[GLYPHS.indexOf(v.glyph)] = v;
    }

    public static void registerIo(int n, Verb v) { TABLE[GLYPHS.length() + n] = v; }

    public static Verb get(int index) { return TABLE[index]; }

    /** The printed form: the glyph, or "n:" for IO verbs. */
    public static String text(int index) {
        return index < GLYPHS.length() ? String.valueOf(GLYPHS.charAt(index)) : (index - GLYPHS.length()) + ":";
    }

    public static int index(char glyph) { return GLYPHS.indexOf(glyph); }

    private static final class Unimplemented extends Verb {
        Unimplemented(char glyph) { super(glyph); }
    }
}

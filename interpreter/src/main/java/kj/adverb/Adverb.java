package kj.adverb;

import kj.error.KError;
import kj.value.Context;

/**
 * The six adverbs as written and printed. A derived function keeps its adverb's ordinal in its
 * cell; {@link #apply} runs the adverb's forms (in {@link Each}, {@link Over}, {@link Scan} and
 * {@link EachSide}) on a function and arguments (borrowed).
 */
public enum Adverb {
    EACH("'"), OVER("/"), SCAN("\\"), EACH_RIGHT("/:"), EACH_LEFT("\\:"), EACH_PRIOR("':");

    private static final Adverb[] ALL = values();

    public final String text;

    Adverb(String text) { this.text = text; }

    /** The adverb written {@code text}; anything else is a parse error. */
    public static Adverb of(String text) {
        for (Adverb a : ALL) if (a.text.equals(text)) return a;
        throw KError.parse();
    }

    /** The adverb whose ordinal a derived function's cell holds. */
    public static Adverb of(int ordinal) { return ALL[ordinal]; }

    /** Each, over and scan take as many arguments as their function; the others are dyadic. */
    public boolean keepsValence() { return this == EACH || this == OVER || this == SCAN; }

    public long apply(Context in, long f, long[] args) {
        for (long a : args) if (a == 0) throw KError.valence();
        return switch (this) {
            case EACH -> Each.apply(in, f, args);
            case OVER -> Over.apply(in, f, args);
            case SCAN -> Scan.apply(in, f, args);
            case EACH_RIGHT -> EachSide.right(in, f, args);
            case EACH_LEFT -> EachSide.left(in, f, args);
            case EACH_PRIOR -> EachSide.prior(in, f, args);
        };
    }
}

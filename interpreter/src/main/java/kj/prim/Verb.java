package kj.prim;

import kj.error.KError;

/**
 * A primitive verb: its monadic and dyadic forms. Arguments are borrowed; the result is owned.
 * Verbs that take more arguments ({@code @[x;i;f;y]}) override {@link #apply}.
 */
public abstract class Verb {
    public final char glyph;

    protected Verb(char glyph) { this.glyph = glyph; }

    public long monad(long x) { throw KError.nonce(); }

    public long dyad(long x, long y) { throw KError.nonce(); }

    /**
     * The monad on an argument handed over (owned, released here): a verb whose result has x's
     * type and count may write it into x when x is unique, as ~ does for an intermediate in a train.
     */
    public long monadOwned(long x) {
        try {
            return monad(x);
        } finally {
            kj.value.K.cd(x);
        }
    }

    /**
     * The dyad on arguments handed over (owned, released here): an atomic verb may write its
     * result into a unique argument of the result's type and count.
     */
    public long dyadOwned(long x, long y) {
        try {
            return dyad(x, y);
        } finally {
            kj.value.K.cd(x);
            kj.value.K.cd(y);
        }
    }

    /** f[a;b;...] with every argument present. */
    public long apply(long[] args) {
        return switch (args.length) {
            case 1 -> monad(args[0]);
            case 2 -> dyad(args[0], args[1]);
            default -> throw KError.valence();
        };
    }

    /** How many arguments f[...] may take at most (for projections). */
    public int maxArgs() { return 2; }
}

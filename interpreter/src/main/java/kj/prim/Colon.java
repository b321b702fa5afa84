package kj.prim;

import kj.index.Indexing;

/** : : identity / right. */
final class Colon extends Verb {
    Colon() { super(':'); }

    @Override
    public long monad(long x) { return Indexing.colonMonad(x); }

    @Override
    public long dyad(long x, long y) { return Indexing.colonDyad(x, y); }
}

package kj.prim;

import kj.index.Indexing;

/** . : value, execute / dot, amend. */
final class Dot extends Verb {
    Dot() { super('.'); }

    @Override
    public long monad(long x) { return Indexing.dotMonad(x); }

    @Override
    public long dyad(long x, long y) { return Indexing.dotDyad(x, y); }

    @Override
    public long apply(long[] args) { return args.length <= 2 ? super.apply(args) : Indexing.dotN(args); }

    @Override
    public int maxArgs() { return 4; }
}

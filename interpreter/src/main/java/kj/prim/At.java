package kj.prim;

import kj.shape.Items;
import kj.index.Indexing;

/** @ : atom / at. */
final class At extends Verb {
    At() { super('@'); }

    @Override
    public long monad(long x) { return Items.atom(x); }

    @Override
    public long dyad(long x, long y) { return Indexing.at(x, y); }

    @Override
    public long apply(long[] args) { return args.length <= 2 ? super.apply(args) : Indexing.atN(args); }

    @Override
    public int maxArgs() { return 4; }
}

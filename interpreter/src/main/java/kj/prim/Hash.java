package kj.prim;

import kj.shape.Items;
import kj.shape.Take;

/** # : count / take, reshape. */
final class Hash extends Verb {
    Hash() { super('#'); }

    @Override
    public long monad(long x) { return Items.count(x); }

    @Override
    public long dyad(long x, long y) { return Take.take(x, y); }
}

package kj.prim;

import kj.shape.Items;

/** | : reverse / max-or. */
final class MaxOr extends Verb {
    MaxOr() { super('|'); }

    @Override
    public long monad(long x) { return Items.reverse(x); }

    @Override
    public long dyad(long x, long y) { return Atomic.dyad(Atomic.Op.MAX, x, y); }
}

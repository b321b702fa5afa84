package kj.prim;

import kj.shape.Items;

/** & : where / min-and. */
final class MinAnd extends Verb {
    MinAnd() { super('&'); }

    @Override
    public long monad(long x) { return Items.where(x); }

    @Override
    public long dyad(long x, long y) { return Atomic.dyad(Atomic.Op.MIN, x, y); }
}

package kj.prim;

import kj.shape.Items;

/** * : first / times. */
final class Times extends Verb {
    Times() { super('*'); }

    @Override
    public long monad(long x) { return Items.first(x); }

    @Override
    public long dyad(long x, long y) { return Atomic.dyad(Atomic.Op.TIMES, x, y); }
}

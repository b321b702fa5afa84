package kj.prim;

import kj.shape.Shapes;

/** & : where / min-and. */
final class MinAnd extends Verb {
    MinAnd() { super('&'); }

    @Override
    public long monad(long x) { return Shapes.where(x); }

    @Override
    public long dyad(long x, long y) { return Arith.min(x, y); }
}

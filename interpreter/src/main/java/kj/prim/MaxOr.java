package kj.prim;

import kj.shape.Shapes;

/** | : reverse / max-or. */
final class MaxOr extends Verb {
    MaxOr() { super('|'); }

    @Override
    public long monad(long x) { return Shapes.reverse(x); }

    @Override
    public long dyad(long x, long y) { return Arith.max(x, y); }
}

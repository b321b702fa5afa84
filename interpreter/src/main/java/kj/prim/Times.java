package kj.prim;

import kj.shape.Shapes;

/** * : first / times. */
final class Times extends Verb {
    Times() { super('*'); }

    @Override
    public long monad(long x) { return Shapes.first(x); }

    @Override
    public long dyad(long x, long y) { return Arith.times(x, y); }
}

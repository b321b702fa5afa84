package kj.prim;

import kj.shape.Shapes;

/** _ : floor / drop, cut. */
final class Underscore extends Verb {
    Underscore() { super('_'); }

    @Override
    public long monad(long x) { return Arith.floor(x); }

    @Override
    public long dyad(long x, long y) { return Shapes.drop(x, y); }
}

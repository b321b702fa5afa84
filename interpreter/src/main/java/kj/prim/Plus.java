package kj.prim;

import kj.shape.Shapes;

/** + : flip / plus. */
final class Plus extends Verb {
    Plus() { super('+'); }

    @Override
    public long monad(long x) { return Shapes.flip(x); }

    @Override
    public long dyad(long x, long y) { return Arith.plus(x, y); }
}

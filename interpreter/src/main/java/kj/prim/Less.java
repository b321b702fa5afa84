package kj.prim;

import kj.shape.Shapes;

/** < : grade up / less. */
final class Less extends Verb {
    Less() { super('<'); }

    @Override
    public long monad(long x) { return Shapes.gradeUp(x); }

    @Override
    public long dyad(long x, long y) { return Arith.less(x, y); }
}

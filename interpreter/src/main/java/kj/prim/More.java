package kj.prim;

import kj.shape.Shapes;

/** > : grade down / more. */
final class More extends Verb {
    More() { super('>'); }

    @Override
    public long monad(long x) { return Shapes.gradeDown(x); }

    @Override
    public long dyad(long x, long y) { return Arith.more(x, y); }
}

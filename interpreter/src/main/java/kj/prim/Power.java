package kj.prim;

import kj.shape.Shapes;

/** ^ : shape / power. */
final class Power extends Verb {
    Power() { super('^'); }

    @Override
    public long monad(long x) { return Shapes.shape(x); }

    @Override
    public long dyad(long x, long y) { return Arith.power(x, y); }
}

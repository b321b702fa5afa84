package kj.prim;

import kj.shape.Shape;

/** ^ : shape / power. */
final class Power extends Verb {
    Power() { super('^'); }

    @Override
    public long monad(long x) { return Shape.shape(x); }

    @Override
    public long dyad(long x, long y) { return Atomic.dyad(Atomic.Op.POWER, x, y); }
}

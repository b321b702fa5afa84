package kj.prim;

import kj.shape.Shapes;

/** # : count / take, reshape. */
final class Hash extends Verb {
    Hash() { super('#'); }

    @Override
    public long monad(long x) { return Shapes.count(x); }

    @Override
    public long dyad(long x, long y) { return Shapes.take(x, y); }
}

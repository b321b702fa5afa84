package kj.prim;

import kj.shape.Shapes;

/** ! : enumerate / rotate, mod. */
final class Bang extends Verb {
    Bang() { super('!'); }

    @Override
    public long monad(long x) { return Shapes.enumerate(x); }

    @Override
    public long dyad(long x, long y) { return Shapes.rotate(x, y); }
}

package kj.prim;

import kj.shape.Shapes;

/** , : enlist / join. */
final class Comma extends Verb {
    Comma() { super(','); }

    @Override
    public long monad(long x) { return Shapes.enlist(x); }

    @Override
    public long dyad(long x, long y) { return Shapes.join(x, y); }
}

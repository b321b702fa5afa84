package kj.prim;

import kj.shape.Grade;

/** > : grade down / more. */
final class More extends Verb {
    More() { super('>'); }

    @Override
    public long monad(long x) { return Grade.grade(x, true); }

    @Override
    public long dyad(long x, long y) { return Atomic.dyad(Atomic.Op.MORE, x, y); }
}

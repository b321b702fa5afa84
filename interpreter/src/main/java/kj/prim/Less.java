package kj.prim;

import kj.shape.Grade;

/** < : grade up / less. */
final class Less extends Verb {
    Less() { super('<'); }

    @Override
    public long monad(long x) { return Grade.grade(x, false); }

    @Override
    public long dyad(long x, long y) { return Atomic.dyad(Atomic.Op.LESS, x, y); }
}

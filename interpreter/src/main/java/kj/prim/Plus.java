package kj.prim;

import kj.shape.Flip;

/** + : flip / plus. */
final class Plus extends Verb {
    Plus() { super('+'); }

    @Override
    public long monad(long x) { return Flip.flip(x); }

    @Override
    public long dyad(long x, long y) { return Atomic.dyad(Atomic.Op.PLUS, x, y); }
}

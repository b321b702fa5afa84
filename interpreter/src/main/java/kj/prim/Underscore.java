package kj.prim;

import kj.shape.Drop;

/** _ : floor / drop, cut. */
final class Underscore extends Verb {
    Underscore() { super('_'); }

    @Override
    public long monad(long x) { return Atomic.monad(Atomic.Mono.FLOOR, x); }

    @Override
    public long dyad(long x, long y) { return Drop.drop(x, y); }
}

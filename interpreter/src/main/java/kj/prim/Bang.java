package kj.prim;

import kj.shape.Enumerate;
import kj.shape.Rotate;

/** ! : enumerate / rotate, mod. */
final class Bang extends Verb {
    Bang() { super('!'); }

    @Override
    public long monad(long x) { return Enumerate.enumerate(x); }

    @Override
    public long dyad(long x, long y) { return Rotate.rotateMod(x, y); }
}

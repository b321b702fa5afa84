package kj.prim;

import kj.shape.Shapes;

/** = : group / equal. */
final class Equal extends Verb {
    Equal() { super('='); }

    @Override
    public long monad(long x) { return Shapes.group(x); }

    @Override
    public long dyad(long x, long y) { return Arith.equal(x, y); }
}

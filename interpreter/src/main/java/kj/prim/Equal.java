package kj.prim;

import kj.shape.Group;

/** = : group / equal. */
final class Equal extends Verb {
    Equal() { super('='); }

    @Override
    public long monad(long x) {
        Query.hashes(x);
        return Group.group(x);
    }

    @Override
    public long dyad(long x, long y) { return Atomic.dyad(Atomic.Op.EQUAL, x, y); }
}

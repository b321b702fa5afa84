package kj.prim;

import kj.shape.Items;
import kj.shape.Join;

/** , : enlist / join. */
final class Comma extends Verb {
    Comma() { super(','); }

    @Override
    public long monad(long x) { return Items.enlist(x); }

    @Override
    public long dyad(long x, long y) { return Join.join(x, y); }
}

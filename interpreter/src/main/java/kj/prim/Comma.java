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

    /** x,y into a unique x (a temporary) grows x's cell instead of copying it. */
    @Override
    public long dyadOwned(long x, long y) {
        long z = 0;
        try {
            z = kj.value.Append.into(x, y);
            return z != 0 ? z : Join.join(x, y);
        } finally {
            if (z == 0) kj.value.K.cd(x);
            kj.value.K.cd(y);
        }
    }
}

package kj.prim;

import kj.shape.Group;
import kj.shape.Find;

/** ? : unique / find, invert; ?[f;y;x0] inverts f starting near x0. */
final class Query extends Verb {
    Query() { super('?'); }

    @Override
    public long monad(long x) {
        hashes(x);
        return Group.unique(x);
    }

    /** Kona hashes ints, floats and lists to group them, first drawing its hash constants. */
    static void hashes(long x) {
        int t = kj.value.K.type(x);
        if (t == kj.value.K.INTV || t == kj.value.K.FLOATV || t == kj.value.K.LIST)
            kj.value.Context.current().settings().random().hashConstants();
    }

    @Override
    public long dyad(long x, long y) { return Find.query(x, y); }

    @Override
    public long apply(long[] args) { return args.length == 3 ? Find.inverse(args[0], args[1], args[2]) : super.apply(args); }

    @Override
    public int maxArgs() { return 3; }
}

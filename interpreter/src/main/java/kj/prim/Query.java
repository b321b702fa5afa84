package kj.prim;

import kj.shape.Group;
import kj.shape.Find;

/** ? : unique / find, draw, invert; ?[f;y;x0] inverts f starting near x0. */
final class Query extends Verb {
    Query() { super('?'); }

    @Override
    public long monad(long x) { return Group.unique(x); }

    @Override
    public long dyad(long x, long y) { return Find.query(x, y); }

    @Override
    public long apply(long[] args) { return args.length == 3 ? Find.inverse(args[0], args[1], args[2]) : super.apply(args); }

    @Override
    public int maxArgs() { return 3; }
}

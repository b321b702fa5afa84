package kj.verb;

/** ? : unique / find. */
final class Query extends Verb {
    Query() { super('?'); }

    @Override
    public long monad(long x) { return Shapes.unique(x); }

    @Override
    public long dyad(long x, long y) { return Shapes.find(x, y); }
}

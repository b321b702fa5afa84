package kj.prim;

/** % : reciprocal / divide. */
final class Divide extends Verb {
    Divide() { super('%'); }

    @Override
    public long monad(long x) { return Arith.reciprocal(x); }

    @Override
    public long dyad(long x, long y) { return Arith.divide(x, y); }
}

package kj.prim;

/** % : reciprocal / divide. */
final class Divide extends Verb {
    Divide() { super('%'); }

    @Override
    public long monad(long x) { return Arith.reciprocal(x); }

    @Override
    public long dyad(long x, long y) { return Arith.divide(x, y); }

    @Override
    public long dyadOwned(long x, long y) { return Atomic.dyadOwned(Atomic.Op.DIVIDE, x, y); }

    @Override
    public long monadOwned(long x) { return Atomic.monadOwned(Atomic.Mono.RECIPROCAL, x); }
}

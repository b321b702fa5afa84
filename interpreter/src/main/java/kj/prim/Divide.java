package kj.prim;

/** % : reciprocal / divide. */
final class Divide extends Verb {
    Divide() { super('%'); }

    @Override
    public long monad(long x) { return Atomic.monad(Atomic.Mono.RECIPROCAL, x); }

    @Override
    public long dyad(long x, long y) { return Atomic.dyad(Atomic.Op.DIVIDE, x, y); }
}

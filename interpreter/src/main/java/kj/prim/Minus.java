package kj.prim;

/** - : negate / minus. */
final class Minus extends Verb {
    Minus() { super('-'); }

    @Override
    public long monad(long x) { return Arith.negate(x); }

    @Override
    public long dyad(long x, long y) { return Arith.minus(x, y); }

    @Override
    public long dyadOwned(long x, long y) { return Atomic.dyadOwned(Atomic.Op.MINUS, x, y); }

    @Override
    public long monadOwned(long x) { return Atomic.monadOwned(Atomic.Mono.NEGATE, x); }
}

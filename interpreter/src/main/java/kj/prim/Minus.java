package kj.prim;

/** - : negate / minus. */
final class Minus extends Verb {
    Minus() { super('-'); }

    @Override
    public long monad(long x) { return Atomic.monad(Atomic.Mono.NEGATE, x); }

    @Override
    public long dyad(long x, long y) { return Atomic.dyad(Atomic.Op.MINUS, x, y); }
}

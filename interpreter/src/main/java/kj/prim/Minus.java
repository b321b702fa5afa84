package kj.prim;

/** - : negate / minus. */
final class Minus extends Verb {
    Minus() { super('-'); }

    @Override
    public long monad(long x) { return Arith.negate(x); }

    @Override
    public long dyad(long x, long y) { return Arith.minus(x, y); }
}

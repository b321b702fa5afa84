package kj.prim;

import static kj.value.K.*;

/** ~ : not / match. */
final class Tilde extends Verb {
    Tilde() { super('~'); }

    @Override
    public long monad(long x) { return Atomic.monad(Atomic.Mono.NOT, x); }

    @Override
    public long monadOwned(long x) { return Atomic.notOwned(x); }

    @Override
    public long dyad(long x, long y) { return ki(Match.match(x, y) ? 1 : 0); }
}

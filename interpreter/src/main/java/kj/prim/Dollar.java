package kj.prim;

/** $ : format / form. */
final class Dollar extends Verb {
    Dollar() { super('$'); }

    @Override
    public long monad(long x) { return Format.format(x); }

    @Override
    public long dyad(long x, long y) { return Format.form(x, y); }
}

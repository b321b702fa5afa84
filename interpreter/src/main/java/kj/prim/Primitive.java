package kj.prim;

import java.util.function.LongBinaryOperator;

/**
 * One row of the primitive table: everything kj knows about one glyph. The parser finds the
 * row by its text, the printer prints the text, the valence rules read {@code args}, and the
 * adverbs take the kernels from here; no other code tests a glyph.
 *
 * @param text        the glyph as written and printed ({@code +}, {@code 0:})
 * @param verb        its monad and dyad (and forms with more arguments)
 * @param args        the most arguments the dyadic form takes ({@code ?[f;y;x0]} 3, {@code @[x;i;f;y]} 4)
 * @param atomic      the scalar dyad it extends over lists, or null: each of the verb is the verb itself
 * @param atomicMonad the scalar monad its monadic form extends, or null
 * @param fold        its typed over (and scan) kernel, or null
 * @param deltas      whether each-prior on numbers has a typed kernel ({@code -':})
 * @param emptyOver   what over gives for an empty list when no fold kernel answers
 * @param eachRight   a one-pass kernel for {@code x f/: y}, or null ({@code ?/:} hashes)
 * @param eachLeft    a kernel for {@code x f\: y} answering 0 where it does not apply, or null
 *                    ({@code !\:} makes every rotation at once)
 */
public record Primitive(String text, Verb verb, int args, Atomic.Op atomic, Atomic.Mono atomicMonad, Fold fold,
                        boolean deltas, EmptyOver emptyOver, LongBinaryOperator eachRight,
                        LongBinaryOperator eachLeft) {
    /**
     * The dyad on arguments handed over (owned, released here): an atomic verb writes its result
     * into a unique temporary argument of the result's type and count, {@code ,} grows a unique x.
     */
    public long dyadOwned(long x, long y) { return atomic != null ? Atomic.dyadOwned(atomic, x, y) : verb.dyadOwned(x, y); }

    /** The monad on an argument handed over (owned, released here); - and % may write into a unique x. */
    public long monadOwned(long x) {
        return atomicMonad == Atomic.Mono.NEGATE || atomicMonad == Atomic.Mono.RECIPROCAL
                ? Atomic.monadOwned(atomicMonad, x) : verb.monadOwned(x);
    }

    /** f/ of an empty list with no fold kernel: a length error (Kona), the list itself, or 1. */
    public enum EmptyOver { LENGTH, ITSELF, ONE }
}

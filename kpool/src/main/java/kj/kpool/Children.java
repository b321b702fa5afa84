package kj.kpool;

import java.util.function.LongConsumer;

/**
 * The owner's knowledge of which cells a cell refers to: each counted reference it holds. The
 * pool uses it twice. When a cell's count reaches zero the pool drops each child (those drops
 * only queue dead children, so releasing a deep or long structure never recurses on the Java
 * stack); and {@link Pool#reach} follows it to find what a set of roots keeps alive.
 */
@FunctionalInterface
public interface Children {
    /** Calls {@code visit} once per reference the cell holds (twice for a child held twice). */
    void forEach(long cell, LongConsumer visit);
}

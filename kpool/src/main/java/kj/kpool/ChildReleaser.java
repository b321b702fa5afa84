package kj.kpool;

/**
 * The owner's knowledge of which cells a cell refers to. When a cell's count reaches zero the
 * pool calls this once, and the owner calls {@link Pool#cd} on each child. Those calls only
 * queue dead children, so releasing a deep or long structure never recurses on the Java stack.
 */
@FunctionalInterface
public interface ChildReleaser {
    void releaseChildren(Pool pool, long cell);
}

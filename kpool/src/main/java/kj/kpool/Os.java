package kj.kpool;

/**
 * What the pool needs from the operating system. The pool calls nothing else to get memory.
 * Implementations return 0 where the system refuses (no sentinel addresses).
 */
public interface Os {
    /** Maps {@code bytes} (a page multiple) of zeroed, readable and writable memory, or returns 0. */
    long map(long bytes);

    void unmap(long address, long bytes);

    /** Grows or shrinks a mapping, possibly moving it; returns the new address, or 0. */
    long remap(long address, long oldBytes, long newBytes);

    /** A hint that a large mapping should use huge pages; may do nothing. */
    default void adviseHuge(long address, long bytes) {}

    long pageSize();
}

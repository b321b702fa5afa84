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

    /**
     * Maps the first {@code bytes} of the file at {@code path} privately: readable and writable,
     * but writes stay in this process and never reach the file. 0 when the file cannot be mapped.
     */
    default long mapFile(String path, long bytes) { return 0; }

    /**
     * Maps {@code bytes} (a page multiple) of a new file in the directory {@code dir}, shared and
     * zeroed, that has no name from the start (so nothing is left in {@code dir}, even when the
     * process is killed); the file goes when the mapping is unmapped. 0 when refused.
     */
    default long mapTemp(String dir, long bytes) { return 0; }

    /** A hint that a large mapping should use huge pages; may do nothing. */
    default void adviseHuge(long address, long bytes) {}

    long pageSize();
}

package kj.kpool;

import java.util.Arrays;

/** The mapped chunks of one lane, kept sorted by address so a cell's chunk is a binary search. */
final class Chunks {
    private long[] bases = new long[8];
    private int size;

    int size() { return size; }

    long base(int i) { return bases[i]; }

    void add(long base) {
        if (size == bases.length) bases = Arrays.copyOf(bases, size * 2);
        int at = insertionPoint(base);
        System.arraycopy(bases, at, bases, at + 1, size - at);
        bases[at] = base;
        size++;
    }

    void removeAt(int i) {
        System.arraycopy(bases, i + 1, bases, i, size - i - 1);
        size--;
    }

    /** The index of the chunk holding {@code address}, or -1. */
    int find(long address, long chunkBytes) {
        int i = insertionPoint(address + 1) - 1;
        return i >= 0 && address < bases[i] + chunkBytes ? i : -1;
    }

    private int insertionPoint(long address) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(bases[mid], address) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

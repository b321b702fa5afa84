package kj.adverb;

import static kj.value.K.*;

import java.util.Arrays;
import kj.value.Context;
import kj.value.Lists;

/**
 * A growing buffer of owned handles, for adverbs that build their result item by item. On an
 * error path {@link #release} gives every held reference back; {@link #list} hands them over.
 */
final class Acc {
    private long[] items;
    private int n;

    Acc(long capacity) { items = new long[(int) Math.max(4, Math.min(capacity, 1 << 20))]; }

    /** Takes over an owned reference. */
    void add(long x) {
        if (n == items.length) {
            try {
                items = Arrays.copyOf(items, n * 2);
            } catch (Throwable e) {
                cd(x); // a Java heap too small for the buffer (a wsfull error): x would hold a whole chain
                throw e;
            }
        }
        items[n++] = x;
        Context.poll(n); // release gives back what is held
    }

    int size() { return n; }

    /** The last item, borrowed. */
    long last() { return items[n - 1]; }

    /** The items as a K list (a vector when they are atoms of one type); empties the buffer. */
    long list() {
        long[] owned = n == items.length ? items : Arrays.copyOf(items, n);
        items = new long[4];
        n = 0;
        return Lists.of(owned);
    }

    void release() {
        for (int i = 0; i < n; i++) cd(items[i]);
        n = 0;
    }
}

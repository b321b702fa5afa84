package kj.kpool;

import java.util.ArrayList;
import java.util.List;

/**
 * A mark pass from a set of roots (nothing is swept): counts the references to each reached
 * cell in an open-addressing table keyed by address, with an explicit stack so that deep
 * structures do not recurse on the Java stack.
 */
final class Reach {
    private static final int SHOWN = 20;

    private long[] keys = new long[1024];
    private int[] refs = new int[1024];
    private int size;
    private long[] stack = new long[64];
    private int top;

    private Reach() {}

    static ReachReport run(Pool pool, Children children, long[] roots) {
        Reach r = new Reach();
        for (long root : roots) r.reference(root);
        while (r.top > 0) children.forEach(r.stack[--r.top], r::reference);
        List<String> miscounted = new ArrayList<>();
        for (int i = 0; i < r.keys.length; i++) {
            long cell = r.keys[i];
            if (cell == 0 || pool.refs(cell) == r.refs[i]) continue;
            if (miscounted.size() < SHOWN)
                miscounted.add(String.format("0x%x: count %d, %d references", cell, pool.refs(cell), r.refs[i]));
        }
        long unreachable = pool.stats().cellsInUse() - r.size;
        List<String> leaked = new ArrayList<>();
        if (Pool.DEBUG) {
            for (long cell : pool.live) {
                if (leaked.size() == SHOWN) break;
                if (r.slot(cell) < 0) leaked.add(PoolAudit.describe(cell));
            }
        }
        return new ReachReport(r.size, unreachable, miscounted, leaked);
    }

    /** One more reference to cell; a cell seen for the first time is queued for its children. */
    private void reference(long cell) {
        if (cell == 0) return;
        int s = slot(cell);
        if (s >= 0) {
            refs[s]++;
            return;
        }
        if (2 * (size + 1) > keys.length) grow();
        s = free(cell);
        keys[s] = cell;
        refs[s] = 1;
        size++;
        if (top == stack.length) stack = java.util.Arrays.copyOf(stack, top * 2);
        stack[top++] = cell;
    }

    private int hash(long cell) { return (int) ((cell * 0x9E3779B97F4A7C15L) >>> 33) & (keys.length - 1); }

    /** The slot holding cell, or -1. */
    private int slot(long cell) {
        for (int s = hash(cell); keys[s] != 0; s = (s + 1) & (keys.length - 1)) if (keys[s] == cell) return s;
        return -1;
    }

    private int free(long cell) {
        int s = hash(cell);
        while (keys[s] != 0) s = (s + 1) & (keys.length - 1);
        return s;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRefs = refs;
        keys = new long[oldKeys.length * 2];
        refs = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == 0) continue;
            int s = free(oldKeys[i]);
            keys[s] = oldKeys[i];
            refs[s] = oldRefs[i];
        }
    }
}

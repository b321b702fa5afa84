package kj.value;

import static kj.value.K.*;

import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * Values a workspace makes once and shares by reference count: int atoms from -128 to 1023,
 * every char atom, and the primitive verbs as values. Each is made on first use in the
 * workspace's pool and this table keeps one reference, so a shared cell is never unique and
 * no verb writes into it. They are roots of the leak check and released with the workspace.
 */
public final class Shared {
    private static final int LOW_INT = -128, HIGH_INT = 1024;
    private final long[] ints = new long[HIGH_INT - LOW_INT];
    private final long[] chars = new long[256];
    /** [index * 2 + (monadic ? 1 : 0)] */
    private final long[] verbs = new long[64];

    /** An int atom with value v (owned): shared when small. */
    public long intAtom(long v) {
        if (v < LOW_INT || v >= HIGH_INT) return ki(v);
        int i = (int) v - LOW_INT;
        if (ints[i] == 0) ints[i] = ki(v);
        return ci(ints[i]);
    }

    /** The char atom c (owned), shared. */
    public long charAtom(int c) {
        int i = c & 0xFF;
        if (chars[i] == 0) chars[i] = kc(i);
        return ci(chars[i]);
    }

    /** A primitive verb as a value (owned), shared. */
    public long verb(int index, boolean monadic) {
        int i = index * 2 + (monadic ? 1 : 0);
        if (i >= verbs.length) return Fn.newVerb(index, monadic);
        if (verbs[i] == 0) verbs[i] = Fn.newVerb(index, monadic);
        return ci(verbs[i]);
    }

    /** The cells made so far: roots for the leak check. */
    public long[] roots() {
        return LongStream.concat(LongStream.concat(Arrays.stream(ints), Arrays.stream(chars)), Arrays.stream(verbs))
                .filter(c -> c != 0).toArray();
    }

    /** Drops this table's references (the workspace is closing). */
    public void release() {
        for (long[] a : new long[][] {ints, chars, verbs}) {
            for (int i = 0; i < a.length; i++) {
                if (a[i] != 0) cd(a[i]);
                a[i] = 0;
            }
        }
    }
}

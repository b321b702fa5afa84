package kj.value;

import static kj.value.K.*;

import java.util.function.LongConsumer;
import kj.kpool.Mem;

/**
 * Function values (type 7). The sub-kind in the cell's kind says which:
 * <pre>
 *   VERB      a primitive: [glyph index, 1 if forced monadic (as in #:)]
 *   DERIVED   an adverb on a function: [function, adverb index | RAW when the function is a
 *             primitive written as its glyph (+' but not (+)' or f' with f:+)]
 *   LAMBDA    {...}: count = captured values; [code id, captured ...] (the compiled code lives
 *             in the parser's code table; captured: enclosing locals' values at definition)
 *   PROJ      a projection f[a;;c]: count = arguments; [function, arg0 .. argN-1], 0 = elided
 *   SYSFN     a _ function: [id]
 *   TRAIN     a verb train such as (1+a+) or (+-|): count = items; [bits: item i is a verb,
 *             item0 .. itemN-1], nouns taken at definition, the last item a verb
 * </pre>
 */
public final class Fn {
    public static final int VERB = 1, DERIVED = 2, LAMBDA = 3, PROJ = 4, SYSFN = 5, TRAIN = 6;

    private Fn() {}

    private static long make(int sub, long slots, long count) {
        return alloc(slots * 8, FUNC | (sub << 8), count);
    }

    public static long slot(long f, long i) { return Mem.getLong(data(f) + (i << 3)); }
    private static void setSlot(long f, long i, long v) { Mem.putLong(data(f) + (i << 3), v); }

    /** A primitive as a value: shared, made once per workspace (see {@link Shared}). */
    public static long verb(int index, boolean monadic) { return Context.current().shared().verb(index, monadic); }

    static long newVerb(int index, boolean monadic) {
        long f = make(VERB, 2, 0);
        setSlot(f, 0, index);
        setSlot(f, 1, monadic ? 1 : 0);
        return f;
    }

    /** An adverb applied to {@code fn} (owned). */
    public static long derived(long fn, int adverb) { return derived(fn, adverb, false); }

    /**
     * An adverb applied to {@code fn} (owned); {@code raw}: fn is a primitive written as its glyph,
     * which Kona treats apart ({@code +'x} is a valence error, {@code (+)'x} projects).
     */
    public static long derived(long fn, int adverb, boolean raw) {
        long f = make(DERIVED, 2, 0);
        setSlot(f, 0, fn);
        setSlot(f, 1, adverb | (raw ? RAW : 0));
        return f;
    }

    private static final int RAW = 0x100;

    public static long lambda(int codeId) { return closure(codeId, new long[0]); }

    /** A lambda with captured values (owned). */
    public static long closure(int codeId, long[] captured) {
        long f = make(LAMBDA, 1 + captured.length, captured.length);
        setSlot(f, 0, codeId);
        for (int i = 0; i < captured.length; i++) setSlot(f, i + 1, captured[i]);
        return f;
    }

    public static long captured(long f, long i) { return slot(f, i + 1); }

    /** make, releasing the parts it was to take over (fn, then parts) when the workspace is full (the fuzzer found the leak). */
    private static long makeOwning(int sub, int slots, int counted, long fn, long[] parts) {
        try {
            return make(sub, slots, counted);
        } catch (Throwable e) {
            cd(fn);
            for (long a : parts) cd(a);
            throw e;
        }
    }

    /** A projection of {@code fn} (owned) over {@code args} (owned; 0 where elided). */
    public static long projection(long fn, long[] args) {
        long f = makeOwning(PROJ, 1 + args.length, args.length, fn, args);
        setSlot(f, 0, fn);
        for (int i = 0; i < args.length; i++) setSlot(f, i + 1, args[i]);
        return f;
    }

    public static long sysfn(int id) {
        long f = make(SYSFN, 1, 0);
        setSlot(f, 0, id);
        return f;
    }

    /** A train of items (owned); {@code verbs} has bit i set when item i stands as a verb. */
    public static long train(long[] items, long verbs) {
        long t = makeOwning(TRAIN, 1 + items.length, items.length, 0, items);
        setSlot(t, 0, verbs);
        for (int i = 0; i < items.length; i++) setSlot(t, i + 1, items[i]);
        return t;
    }

    public static long trainItem(long t, long i) { return slot(t, i + 1); }
    public static boolean trainVerb(long t, long i) { return (slot(t, 0) >>> i & 1) != 0; }

    public static int verbIndex(long f) { return (int) slot(f, 0); }
    public static boolean verbMonadic(long f) { return slot(f, 1) != 0; }
    public static long inner(long f) { return slot(f, 0); }
    public static int adverb(long f) { return (int) slot(f, 1) & 0xFF; }
    /** The derived function's inner function is a primitive written as its glyph. */
    public static boolean rawVerb(long f) { return ((int) slot(f, 1) & RAW) != 0; }
    public static int codeId(long f) { return (int) slot(f, 0); }
    public static int sysId(long f) { return (int) slot(f, 0); }
    public static long projFn(long f) { return slot(f, 0); }
    public static long projArg(long f, long i) { return slot(f, i + 1); }

    static void forEachChild(long f, LongConsumer visit) {
        switch (subKind(f)) {
            case DERIVED -> visit.accept(inner(f));
            case LAMBDA -> {
                for (long i = 0, n = n(f); i < n; i++) visit.accept(captured(f, i));
            }
            case PROJ -> {
                visit.accept(projFn(f));
                for (long i = 0, n = n(f); i < n; i++) {
                    long a = projArg(f, i);
                    if (a != 0) visit.accept(a);
                }
            }
            case TRAIN -> {
                for (long i = 0, n = n(f); i < n; i++) visit.accept(trainItem(f, i));
            }
            default -> { }
        }
    }
}

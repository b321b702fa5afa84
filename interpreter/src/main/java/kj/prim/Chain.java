package kj.prim;

import static kj.value.K.*;

import kj.kernel.Chains;
import kj.kernel.Elementwise;
import kj.shape.Gather;
import kj.value.ListBuilder;

/**
 * A chain of atomic verbs ({@code a+b*c-d}, {@code -x%y}) over operands already evaluated, run as
 * one kernel pass per vector ({@link Chains}) when every operand is an int or float atom or vector,
 * or a list of such, all of one count, level by level, with a vector somewhere: the verbs then
 * cannot fail, and the result is the one they give one by one (same types, same items).
 * Otherwise the answer is 0, before anything is made, and the caller applies the verbs one by one,
 * which also raises their errors in their order.
 *
 * <p>The chain's code: four ints per verb, in the order they apply: 0 for a dyad (then an
 * {@link Atomic.Op} ordinal) or 1 for a monad (an {@link Atomic.Mono} ordinal), then the slots of
 * its operands, x and y (-1 for a monad). Slots 0..n-1 are the operands, slot n+i verb i's value.
 */
public final class Chain {
    private static final int DYAD = 0;
    private static final Atomic.Op[] OPS = Atomic.Op.values();
    private static final Atomic.Mono[] MONOS = Atomic.Mono.values();

    private Chain() {}

    /** The chain's value over the operands (borrowed), or 0 when it does not apply. */
    public static long apply(int[] code, long[] operands) {
        int n = operands.length;
        int[] types = new int[n];
        long[] at = new long[n];
        for (int i = 0; i < n; i++) {
            types[i] = type(operands[i]);
            at[i] = types[i] > 0 ? data(operands[i]) : 0;
        }
        if (!fits(operands, types, at)) return 0;
        return run(code, operands, types, at);
    }

    /**
     * Whether one level fits: atoms (INT, FLOAT), vectors (INTV, FLOATV) and lists, the vectors
     * and lists of one count, at least one of them; at a list level the items of every list, and
     * item i of every vector (an atom), must fit in turn.
     */
    private static boolean fits(long[] v, int[] types, long[] at) {
        long count = -1;
        boolean lists = false;
        for (int i = 0; i < v.length; i++) {
            int t = types[i];
            if (t == INT || t == FLOAT) continue;
            if (t != INTV && t != FLOATV && t != LIST) return false;
            if (count >= 0 && n(v[i]) != count) return false;
            count = n(v[i]);
            lists |= t == LIST;
        }
        if (count < 0 || lists && count == 0) return false;
        if (!lists) return true;
        int[] it = new int[v.length];
        long[] iv = new long[v.length], ia = new long[v.length];
        for (long j = 0; j < count; j++) {
            items(v, types, at, j, iv, it, ia);
            if (!fits(iv, it, ia)) return false;
        }
        return true;
    }

    /** Item j of every operand of a list level: a list's item, a vector's item as an atom (its address), an atom itself. */
    private static void items(long[] v, int[] types, long[] at, long j, long[] iv, int[] it, long[] ia) {
        for (int i = 0; i < v.length; i++) {
            int t = types[i];
            iv[i] = t == LIST ? getL(v[i], j) : 0;
            it[i] = t == LIST ? type(iv[i]) : t < 0 ? -t : t;
            ia[i] = t == LIST ? (it[i] > 0 ? data(iv[i]) : 0) : t < 0 ? data(v[i]) + (j << 3) : at[i];
        }
    }

    private static long run(int[] code, long[] v, int[] types, long[] at) {
        boolean lists = false;
        long count = 0;
        for (int i = 0; i < v.length; i++) {
            if (types[i] <= 0) count = n(v[i]);
            lists |= types[i] == LIST;
        }
        if (lists) {
            return Gather.map(count, j -> {
                int[] it = new int[v.length];
                long[] iv = new long[v.length], ia = new long[v.length];
                items(v, types, at, j, iv, it, ia);
                return run(code, iv, it, ia);
            });
        }
        int[] kinds = new int[v.length];
        long[] address = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            int t = types[i];
            kinds[i] = t == INTV ? Chains.INTS : t == FLOATV ? Chains.FLOATS : t == INT ? Chains.INT_ATOM : Chains.FLOAT_ATOM;
            address[i] = t < 0 ? data(v[i]) : at[i];
        }
        Steps s = new Steps(code, kinds);
        if (s.result < v.length) return ci(v[s.result]); // _ _ x of an int vector x is x (the level's one operand, a vector)
        long c = count;
        return ListBuilder.fill(newVec(s.floats[s.result] ? FLOATV : INTV, c),
                z -> Chains.run(s.steps(), v.length, kinds, address, data(z), c));
    }

    /** The typed steps of a chain over operands of the given kinds: the verbs' type rules. */
    private static final class Steps {
        private final int leaves;
        private final int[] steps;
        private int used;
        final boolean[] floats;
        /** Each code slot's step slot, and its float twin (converted once), or -1. */
        private final int[] at, asFloat;
        final int result;

        Steps(int[] code, int[] kinds) {
            leaves = kinds.length;
            int verbs = code.length / 4, most = leaves + 3 * verbs;
            steps = new int[4 * 3 * verbs];
            floats = new boolean[most];
            at = new int[leaves + verbs];
            asFloat = new int[most];
            java.util.Arrays.fill(asFloat, -1);
            for (int i = 0; i < leaves; i++) {
                at[i] = i;
                floats[i] = kinds[i] == Chains.FLOATS || kinds[i] == Chains.FLOAT_ATOM;
            }
            for (int j = 0, k = 0; j < verbs; j++, k += 4) {
                int x = at[code[k + 2]];
                at[leaves + j] = code[k] == DYAD ? dyad(OPS[code[k + 1]], x, at[code[k + 3]])
                        : monad(MONOS[code[k + 1]], x);
            }
            result = at[leaves + verbs - 1];
        }

        int[] steps() { return java.util.Arrays.copyOf(steps, 4 * used); }

        private int dyad(Atomic.Op op, int x, int y) {
            if (op == Atomic.Op.MORE) return dyad(Atomic.Op.LESS, y, x);
            int k = Atomic.kernelOp(op);
            boolean f = floats[x] || floats[y] || op == Atomic.Op.POWER;
            if (!f) return add(Chains.INT_DYAD, k, x, y);
            return add(op.comparison() ? Chains.FLOAT_COMPARE : Chains.FLOAT_DYAD, k, toFloat(x), toFloat(y));
        }

        private int monad(Atomic.Mono op, int x) {
            boolean f = floats[x];
            return switch (op) {
                case NEGATE -> add(f ? Chains.FLOAT_MONAD : Chains.INT_MONAD, Elementwise.NEG, x, -1);
                case RECIPROCAL -> add(f ? Chains.FLOAT_MONAD : Chains.INT_MONAD, Elementwise.RECIP, x, -1);
                case NOT -> add(f ? Chains.FLOAT_MONAD : Chains.INT_MONAD, Elementwise.NOT, x, -1);
                case FLOOR -> f ? add(Chains.FLOAT_MONAD, Elementwise.FLOOR, x, -1) : x;
                case CEILING -> f ? add(Chains.FLOAT_MONAD, Elementwise.CEILING, x, -1) : x;
            };
        }

        private int toFloat(int x) {
            if (floats[x]) return x;
            if (asFloat[x] < 0) asFloat[x] = add(Chains.TO_FLOAT, 0, x, -1);
            return asFloat[x];
        }

        private int add(int kind, int op, int a, int b) {
            int k = 4 * used;
            steps[k] = kind;
            steps[k + 1] = op;
            steps[k + 2] = a;
            steps[k + 3] = b;
            int slot = leaves + used++;
            floats[slot] = Chains.givesFloats(kind, op);
            return slot;
        }
    }
}

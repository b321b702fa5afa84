package kj.prim;

import static kj.value.K.*;

import kj.kernel.Chains;
import kj.kernel.Elementwise;
import kj.kernel.Scalar;
import kj.kernel.Tolerance;
import kj.shape.Gather;
import kj.value.ListBuilder;

/**
 * A chain of atomic verbs ({@code a+b*c-d}, {@code -x%y}) over operands already evaluated, run as
 * one kernel pass per vector ({@link Chains}) when every operand is an int or float atom or vector,
 * or a list of such, all of one count, level by level, with a vector somewhere, every vector at
 * least {@value #FEWEST} items long; in registers when
 * every operand is an int or float atom. The verbs then cannot fail, and the result is the one
 * they give one by one (same types, same items).
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

    /**
     * Vectors shorter than this go verb by verb: the one pass saves memory traffic only once the
     * operands outgrow the caches, and planning it costs about 0.3-0.5 us a call (a+b*c on 16 to
     * 1024 ints in a loop: 10-50% slower fused; on 4096, 10-30% faster).
     */
    private static final long FEWEST = 2048;

    private Chain() {}

    /** The chain's value over the operands (borrowed), or 0 when it does not apply. */
    public static long apply(int[] code, long[] operands) {
        int n = operands.length;
        boolean atoms = true;
        for (long x : operands) { // the common misfits first, before anything is allocated
            int t = type(x);
            if (t == INT || t == FLOAT) continue;
            atoms = false;
            if (t == INTV || t == FLOATV ? n(x) < FEWEST : t != LIST) return 0;
        }
        if (atoms) return atoms(code, operands);
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
     * The chain over int and float atoms ({x*x+y*y} on numbers): computed in registers, with no
     * atom made on the way, by the rules the verbs apply to atoms (an int meeting a float is
     * converted as {@link Scalar#i2f} does; comparisons of floats are tolerant).
     */
    private static long atoms(int[] code, long[] v) {
        int n = v.length;
        long[] bits = new long[n + code.length / 4];
        boolean[] fl = new boolean[bits.length];
        for (int i = 0; i < n; i++) {
            fl[i] = type(v[i]) == FLOAT;
            bits[i] = fl[i] ? Double.doubleToRawLongBits(fv(v[i])) : iv(v[i]);
        }
        for (int j = 0, k = 0; k < code.length; j++, k += 4) {
            int s = n + j, x = code[k + 2];
            if (code[k] == DYAD) dyadAtoms(OPS[code[k + 1]], x, code[k + 3], s, bits, fl);
            else monadAtoms(MONOS[code[k + 1]], x, s, bits, fl);
        }
        int r = bits.length - 1;
        return fl[r] ? kf(Double.longBitsToDouble(bits[r])) : literal(bits[r]);
    }

    private static void dyadAtoms(Atomic.Op op, int x, int y, int s, long[] bits, boolean[] fl) {
        if (!fl[x] && !fl[y] && op != Atomic.Op.POWER) {
            bits[s] = Atomic.ints(op, bits[x], bits[y]);
            return;
        }
        double a = asDouble(bits[x], fl[x]), b = asDouble(bits[y], fl[y]);
        switch (op) {
            case LESS -> bits[s] = Tolerance.less(a, b) ? 1 : 0;
            case MORE -> bits[s] = Tolerance.less(b, a) ? 1 : 0;
            case EQUAL -> bits[s] = Tolerance.equal(a, b) ? 1 : 0;
            default -> {
                bits[s] = Double.doubleToRawLongBits(Atomic.floats(op, a, b));
                fl[s] = true;
            }
        }
    }

    private static void monadAtoms(Atomic.Mono op, int x, int s, long[] bits, boolean[] fl) {
        long i = bits[x];
        if (!fl[x]) {
            switch (op) {
                case NEGATE -> bits[s] = -i;
                case NOT -> bits[s] = i == 0 ? 1 : 0;
                case RECIPROCAL -> {
                    bits[s] = Double.doubleToRawLongBits(Scalar.div(1.0, Scalar.i2f(i)));
                    fl[s] = true;
                }
                default -> bits[s] = i; // _ of an int is itself
            }
            return;
        }
        double a = Double.longBitsToDouble(i);
        switch (op) {
            case NEGATE, RECIPROCAL -> {
                bits[s] = Double.doubleToRawLongBits(op == Atomic.Mono.NEGATE ? 0.0 - a : Scalar.div(1.0, a));
                fl[s] = true;
            }
            case NOT -> bits[s] = a == 0 ? 1 : 0;
            case FLOOR -> bits[s] = Tolerance.floor(a);
            case CEILING -> bits[s] = Tolerance.ceiling(a);
        }
    }

    private static double asDouble(long bits, boolean isFloat) { return isFloat ? Double.longBitsToDouble(bits) : Scalar.i2f(bits); }

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
        if (!lists) return count >= FEWEST;
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
